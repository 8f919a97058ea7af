export { detectLanguage } from './detect';
