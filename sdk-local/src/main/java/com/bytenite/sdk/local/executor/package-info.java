/**
 * Where jobs' components run: {@link com.bytenite.sdk.local.executor.StageExecutor} and the stages
 * it is given. For executor implementations; applications choose one on the Local ByteNite builder.
 */
package com.bytenite.sdk.local.executor;
