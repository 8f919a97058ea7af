export { KnowledgeSection } from './KnowledgeSection';
export type { KnowledgeSectionProps } from './KnowledgeSection';
export { KNOWLEDGE_CSS } from './knowledge.css';
