/**
 * The section headings of one public page, kept distinct: a heading equal to one already on the page (the same
 * words, whatever the case or spacing) is numbered, "Questions (2)", so a reader, a screen reader's heading list
 * and a search engine never meet two sections of one name. Generated sections claim theirs first.
 */
export class PageHeadings {
  private readonly taken = new Set<string>();

  /** Claims a heading, answering it as it is, or numbered when the page already has it. */
  claim(heading: string): string {
    const text = heading.trim();
    let candidate = text;
    for (let n = 2; this.taken.has(key(candidate)); n++) candidate = `${text} (${n})`;
    this.taken.add(key(candidate));
    return candidate;
  }
}

const key = (heading: string) => heading.normalize('NFC').replace(/\s+/g, ' ').trim().toLocaleLowerCase();
