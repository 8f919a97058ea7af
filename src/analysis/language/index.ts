export { detectLanguage } from './detect';
export { declaredLanguage } from './declared';
