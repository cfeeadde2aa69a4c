package vn.tiepdon.identity;

public enum Sex {
    MALE, FEMALE
}
