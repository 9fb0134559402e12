import { contextBridge, ipcRenderer } from 'electron';
import { buildBridge } from './preload-allowlist.js';

/**
 * Sandboxed preload, bundled into one CommonJS file. It exposes only the allowlisted contract
 * methods; `ipcRenderer` itself stays here, behind a closure.
 */
contextBridge.exposeInMainWorld(
  'kotoverkko',
  buildBridge((channel, method, input) => ipcRenderer.invoke(channel, method, input)),
);
