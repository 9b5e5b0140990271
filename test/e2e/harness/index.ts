export * from './extension-browser';
export * from './extension-storage';
export * from './page-expectations';
export * from './page-control';
