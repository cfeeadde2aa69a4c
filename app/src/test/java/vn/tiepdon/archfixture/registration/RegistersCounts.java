package vn.tiepdon.archfixture.registration;

import vn.tiepdon.archfixture.counts.CountsRegistrations;

/** The other half of the cycle. */
public final class RegistersCounts {

    CountsRegistrations counts;
}
