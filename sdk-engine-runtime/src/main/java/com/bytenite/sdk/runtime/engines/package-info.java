/**
 * Ready-made partitioners and assemblers that behave like ByteNite's built-in engines
 * (passthrough, fan-out by replica count, zip).
 */
package com.bytenite.sdk.runtime.engines;
