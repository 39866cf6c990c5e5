import { InputRule, Node } from '@tiptap/core';

// A template placeholder ({{customer.first_name}}, {{date +3bd}}, {{input:Betrag}}) as one
// atomic inline node in the rich-text editor: the agent moves over it, deletes it or drags
// it whole, and can never break it by typing inside the braces. It is written back as
// the plain "{{…}}" text the template language reads (see ./html.ts).

export const PLACEHOLDER_ATTR = 'data-placeholder';

export const PlaceholderNode = Node.create({
  name: 'placeholder',
  group: 'inline',
  inline: true,
  atom: true,
  selectable: true,
  draggable: true,

  addAttributes() {
    return {
      name: {
        default: '',
        parseHTML: (element) => element.getAttribute(PLACEHOLDER_ATTR) ?? '',
        renderHTML: (attributes: { name: string }) => ({ [PLACEHOLDER_ATTR]: attributes.name }),
      },
    };
  },

  parseHTML() {
    return [{ tag: `span[${PLACEHOLDER_ATTR}]` }];
  },

  renderHTML({ node, HTMLAttributes }) {
    return ['span', { ...HTMLAttributes, class: 'chip' }, `{{${String(node.attrs.name)}}}`];
  },

  renderText({ node }) {
    return `{{${String(node.attrs.name)}}}`;
  },

  addInputRules() {
    // Typing the closing braces of "{{name}}" turns the whole of it, braces included, into a
    // chip (Tiptap's nodeInputRule would replace only the captured name and leave the braces).
    const type = this.type;
    return [
      new InputRule({
        find: /\{\{([^{}\n]{1,80})\}\}$/,
        handler: ({ state, range, match }) => {
          state.tr.replaceWith(range.from, range.to, type.create({ name: match[1]?.trim() ?? '' }));
        },
      }),
    ];
  },
});
