package com.bytenite.sdk.wallet;

import com.bytenite.sdk.core.paging.Pager;
import com.bytenite.sdk.core.paging.Query;
import java.util.function.Function;

/**
 * A filtered, ordered listing of transactions ({@code POST /transactions/filter}); see {@link Query}.
 *
 * <pre>{@code
 * wallet.query().where("transactionType", "payment").orderBy("createdAt").list().forEach(System.out::println);
 * }</pre>
 */
public final class TransactionQuery extends Query<TransactionQuery, Transaction> {
    TransactionQuery(Function<Spec, Pager<Transaction>> runner) {
        super(runner);
    }
}
