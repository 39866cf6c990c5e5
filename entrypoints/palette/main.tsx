import { mount } from '@/components/mount';
import { Palette } from '@/components/Palette';

mount(<Palette />);
