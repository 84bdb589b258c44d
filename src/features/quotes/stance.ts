// The stance wording and symbols live once, in lib/stance (shared with the strategy views).
export {
  STANCE_GLYPH as STANCE_SYMBOL,
  STANCE_NAME_KEY as STANCE_LABEL_KEY,
} from '../../lib/stance';
