import type { AttributionCategory } from '../types';

/** What each category tells the reader: a one-line explanation and the question to ask. */
export interface CategoryText {
  label: string;
  explanation: string;
  question: string;
  /** Informational categories are shown as a subtle badge, never as a warning. */
  informational: boolean;
}

export const CATEGORY_TEXTS: Readonly<Record<AttributionCategory, CategoryText>> = {
  ANON_SOURCE: {
    label: 'Anonymous source',
    explanation: 'The source is described only by role or access, not by name.',
    question: 'Who is this source, and how would they know?',
    informational: false,
  },
  VAGUE_GROUP: {
    label: 'Vague group',
    explanation: 'An unspecified group of people is credited with this view.',
    question: 'Which people, exactly, and how many?',
    informational: false,
  },
  AGENTLESS: {
    label: 'No one named',
    explanation: 'Something is said, believed or expected, but the wording hides by whom.',
    question: 'Said, believed or reported by whom?',
    informational: false,
  },
  HEDGE_REPORT: {
    label: 'Reported, unconfirmed',
    explanation: 'This is passed on as a report without saying who reported it.',
    question: 'Reported by whom, and has it been confirmed?',
    informational: false,
  },
  SECONDHAND: {
    label: 'Unnamed media',
    explanation: 'The claim comes from media reports that are not named.',
    question: 'Which outlet or report, and where did it get this?',
    informational: false,
  },
  VAGUE_EVIDENCE: {
    label: 'Unidentified evidence',
    explanation: 'Studies, documents or data are cited without saying which.',
    question: 'Which study or document, and can it be checked?',
    informational: false,
  },
  OUTLET_RELAY: {
    label: 'Relayed by an outlet',
    explanation: 'A named outlet is the source, but its own sourcing is not given.',
    question: 'Where did that outlet get it?',
    informational: true,
  },
};
