package vn.tiepdon.cli;

import picocli.CommandLine.IVersionProvider;

final class Version implements IVersionProvider {

    @Override
    public String[] getVersion() {
        String v = Main.class.getPackage().getImplementationVersion();
        return new String[] {"Tiếp Đón " + (v == null ? "(dev)" : v)};
    }
}
