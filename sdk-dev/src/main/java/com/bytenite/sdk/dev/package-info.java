/**
 * The Dev API: apps, engines (partitioners and assemblers) and templates
 * ({@link com.bytenite.sdk.dev.DevService}), with manifest checks before anything is pushed and
 * safe unpacking of what is pulled.
 */
package com.bytenite.sdk.dev;
