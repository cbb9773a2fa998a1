/**
 * Local ByteNite's HTTP front: the JDK's server, routing, authentication, body limits, request
 * ids and the error envelope.
 */
package com.bytenite.sdk.local.server;
