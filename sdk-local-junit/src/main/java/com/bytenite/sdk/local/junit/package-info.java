/**
 * Local ByteNite in JUnit 5 tests: {@link com.bytenite.sdk.local.junit.LocalByteNiteExtension}
 * starts a server for a test class and injects a ready client.
 */
package com.bytenite.sdk.local.junit;
