// `bantin-server` as a library: build the app from a config and listen yourself (the CLI does exactly this).
export { createApp, type AppOptions } from './app.js';
export { loadConfig, parseConfig, ConfigError, type ServerConfig } from './config.js';
