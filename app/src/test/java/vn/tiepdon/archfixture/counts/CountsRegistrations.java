package vn.tiepdon.archfixture.counts;

import vn.tiepdon.archfixture.registration.RegistersCounts;

/** One half of a cycle between two capabilities. */
public final class CountsRegistrations {

    RegistersCounts registrations;
}
