export * from './extension-browser';
export * from './extension-storage';
