export { downloadBlob } from '../../components/download';
