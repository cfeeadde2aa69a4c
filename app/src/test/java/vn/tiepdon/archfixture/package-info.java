/**
 * Deliberate violations of {@code ArchitectureTest}'s rules, laid out like {@code vn.tiepdon} in miniature, so that
 * {@code ArchitectureRulesBiteTest} can show each rule failing. Test classes only: the real rules never see them.
 */
package vn.tiepdon.archfixture;
