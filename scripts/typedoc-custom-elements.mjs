// A typedoc plugin (typedoc.json "plugin") for the widgets' class pages. Their TSDoc uses the
// custom-elements tags that `cem analyze` reads (`@tagname`, `@slot`, `@fires`, `@csspart`,
// `@cssproperty`). typedoc shows each block tag under a heading of its own, so a widget page
// had eleven "Csspart" headings and no place for its events. This gathers each kind into one
// section with one list: "Slots", "Events", "CSS parts", "CSS custom properties". A widget
// that fires no events of its own says so under "Events", so a reader does not wonder.
import { CommentTag, ReflectionKind } from 'typedoc/models';
import { Renderer } from 'typedoc';

/** Section heading for each tag, in the order the sections appear after the description. */
const SECTIONS = [
  ['@tagname', 'Tag'],
  ['@summary', 'Summary'],
  ['@slot', 'Slots'],
  ['@fires', 'Events'],
  ['@csspart', 'CSS parts'],
  ['@cssproperty', 'CSS custom properties'],
];
const LISTED = new Set(['@slot', '@fires', '@csspart', '@cssproperty']);
const NO_EVENTS = 'None: this element fires no events of its own.';

/**
 * One list item from a tag's content `name - description`: the name as code, then the
 * description with its inline links kept. The default slot is written `-` with no name.
 */
function listItem(content) {
  const [first, ...rest] = content;
  const match = first?.kind === 'text' ? /^\s*(\S+)\s+-\s+/.exec(first.text) : null;
  const parts = [];
  if (match && match[1] !== '-') {
    parts.push({ kind: 'code', text: `\`${match[1]}\`` }, { kind: 'text', text: ': ' });
    parts.push({ kind: 'text', text: first.text.slice(match[0].length) }, ...rest);
  } else if (first?.kind === 'text' && /^\s*-\s+/.test(first.text)) {
    parts.push({ kind: 'text', text: `(default) ${first.text.replace(/^\s*-\s+/, '')}` }, ...rest);
  } else {
    parts.push(...content);
  }
  // A wrapped line would end the list item; keep the item on one line.
  return parts.map((part) =>
    part.kind === 'text' ? { ...part, text: part.text.replace(/\s*\n\s*/g, ' ') } : part,
  );
}

function mergeTags(comment) {
  const byTag = new Map(SECTIONS.map(([tag]) => [tag, []]));
  const others = [];
  for (const tag of comment.blockTags) (byTag.get(tag.tag) ?? others).push(tag);
  const merged = [];
  for (const [tag] of SECTIONS) {
    const tags = byTag.get(tag);
    if (tag === '@fires' && tags.length === 0)
      merged.push(new CommentTag(tag, [{ kind: 'text', text: NO_EVENTS }]));
    else if (!LISTED.has(tag)) merged.push(...tags);
    else if (tags.length > 0)
      merged.push(
        new CommentTag(
          tag,
          tags.flatMap((item, index) => [
            { kind: 'text', text: index === 0 ? '- ' : '\n- ' },
            ...listItem(item.content),
          ]),
        ),
      );
  }
  comment.blockTags = [...merged, ...others];
}

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.internationalization.addTranslations(
    'en',
    Object.fromEntries(SECTIONS.map(([tag, title]) => [`tag_${tag.slice(1)}`, title])),
  );
  app.renderer.on(Renderer.EVENT_BEGIN, (event) => {
    for (const reflection of event.project.getReflectionsByKind(ReflectionKind.Class)) {
      const comment = reflection.comment;
      if (comment?.blockTags.some((tag) => tag.tag === '@tagname')) mergeTags(comment);
    }
  });
}
