import { receiptToText } from './decode-escpos';
import type { PrintedReceipt } from './receipt-assembler';
import { startPtyPrinterSimulator, startTcpPrinterSimulator } from './simulator-hosts';

/**
 * A stand-alone printer simulator for demos and manual testing; prints each receipt to stdout as it is cut.
 *   npx tsx devices/printer/run-simulator.ts tcp [port]   → listens on 127.0.0.1 (port 0 = any free port)
 *   npx tsx devices/printer/run-simulator.ts pty          → socat pty pair; set the kiosk's printer to the path shown
 * Width for the preview: PRINTER_WIDTH=80 (default 58).
 */

const [mode = 'tcp', portArg = '0'] = process.argv.slice(2);
const width = process.env.PRINTER_WIDTH === '80' ? 80 : 58;
const show = (r: PrintedReceipt): void => {
  console.log(receiptToText(r, width));
  if (!r.complete) console.log('(receipt stopped part-way)');
};

if (mode === 'pty') {
  const sim = await startPtyPrinterSimulator();
  sim.simulator.onReceipt(show);
  console.log(`printer simulator on ${sim.hostPath}`);
  process.once('SIGINT', () => void sim.close().then(() => process.exit(0)));
} else {
  const sim = await startTcpPrinterSimulator({ port: Number(portArg) });
  sim.simulator.onReceipt(show);
  console.log(`printer simulator on ${sim.url}`);
  process.once('SIGINT', () => void sim.close().then(() => process.exit(0)));
}
