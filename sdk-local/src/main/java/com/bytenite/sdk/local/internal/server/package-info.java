/**
 * Not API: may change in any release. Local ByteNite's HTTP front: the JDK's server, routing,
 * authentication, body limits, request ids and the error envelope.
 */
package com.bytenite.sdk.local.internal.server;
