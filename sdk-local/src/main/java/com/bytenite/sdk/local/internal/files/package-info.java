/**
 * Not API: may change in any release. Where Local ByteNite keeps files: jobs' inputs, work folders
 * and results under one root, with every resolved path checked to stay under it.
 */
package com.bytenite.sdk.local.internal.files;
