/** Opens the browser's file picker of a HiddenFileInput (a menu item or a button calls it). */
export function openFilePicker(inputId: string): void {
  document.getElementById(inputId)?.click();
}
