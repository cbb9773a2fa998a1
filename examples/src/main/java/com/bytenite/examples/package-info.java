/**
 * Runnable programs that use the SDK as a Java service would: submit a job with a local file
 * ({@code Quickstart}, {@code SubmitLocalFile}), push an app, manage secrets, report on the wallet.
 * Each runs against Local ByteNite when no API key is configured.
 */
package com.bytenite.examples;
