package vn.tiepdon.archfixture.payment;

import vn.tiepdon.archfixture.payment.desk.Desk;

/** Half of a cycle inside one capability: the codec knowing the desk that uses it. */
public final class Order {

    Desk desk;
}
