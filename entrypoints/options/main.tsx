import { mount } from '@/components/mount';
import { OptionsApp } from '@/components/OptionsApp';

mount(<OptionsApp />);
