package com.bytenite.examples;

import com.bytenite.sdk.ByteNiteClient;
import com.bytenite.sdk.wallet.Balance;
import com.bytenite.sdk.wallet.WalletService;
import java.nio.file.Path;

/**
 * Prints the wallet's balance and exports its transactions to a CSV file.
 *
 * <pre>
 * BYTENITE_API_KEY=… java … com.bytenite.examples.WalletReport transactions.csv
 * </pre>
 */
public final class WalletReport {
    private WalletReport() {
    }

    public static void main(String[] args) {
        if (args.length != 1) {
            System.err.println("usage: WalletReport <csvFile>");
            System.exit(2);
        }
        try (ByteNiteClient bytenite = ByteNiteClient.fromEnv()) {
            WalletService wallet = bytenite.wallet();
            Balance balance = wallet.balance();
            System.out.println("total " + balance.totalBalance().toPlainString() + " credits, available "
                    + balance.availableBalance().toPlainString() + ", due " + balance.amountDue().toPlainString());
            long chars = wallet.exportTransactionsCsv(Path.of(args[0]), true);
            System.out.println("wrote " + chars + " characters of transactions to " + args[0]);
        }
    }
}
