/**
 * Local ByteNite: a ByteNite-compatible server on this machine that speaks the four APIs and runs
 * jobs with the real container contract. Start it with {@link com.bytenite.sdk.local.LocalByteNite#builder()}
 * or from the command line ({@code LocalByteNiteMain}).
 */
package com.bytenite.sdk.local;
