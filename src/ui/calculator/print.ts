/** Printing (or saving as PDF) shows every explanation: open all folded sections before the print dialog. */
export function openDetailsForPrint(): () => void {
  const onBeforePrint = () => document.querySelectorAll('details').forEach((d) => d.setAttribute('open', ''));
  window.addEventListener('beforeprint', onBeforePrint);
  return () => window.removeEventListener('beforeprint', onBeforePrint);
}
