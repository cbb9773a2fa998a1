/**
 * Local ByteNite: a ByteNite-compatible server on this machine that speaks the four APIs and runs
 * jobs with the real container contract. Start it with {@link com.bytenite.sdk.local.LocalByteNite#builder()}
 * or from the command line ({@code LocalByteNiteMain}); register Java components run in process
 * with {@link com.bytenite.sdk.local.Component}, {@link com.bytenite.sdk.local.ComponentRole} and
 * {@link com.bytenite.sdk.local.ComponentOutput}. Everything under {@code …local.internal} is the
 * server's own and may change in any release.
 */
package com.bytenite.sdk.local;
