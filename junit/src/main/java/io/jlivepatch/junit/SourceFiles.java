package io.jlivepatch.junit;

import java.io.DataInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * The {@code SourceFile} attribute of a class file: which {@code .java} file javac compiled it
 * from, so that a patch is packed with the other top-level classes of its file (a package-private
 * helper written beside it). Read by hand, to keep a bytecode library off the user's test class
 * path: the reader walks the constant pool, fields and methods only to find the class's
 * attributes.
 */
final class SourceFiles {

    private SourceFiles() {
    }

    /** The source file's name, or {@code null} when the class file does not say (javac -g:none). */
    static String of(InputStream classFile) throws IOException {
        DataInputStream in = new DataInputStream(classFile);
        if (in.readInt() != 0xCAFEBABE) {
            throw new IOException("not a class file");
        }
        in.readUnsignedShort();
        in.readUnsignedShort();
        int count = in.readUnsignedShort();
        String[] utf8 = new String[count];
        for (int i = 1; i < count; i++) {
            int tag = in.readUnsignedByte();
            switch (tag) {
                case 1 -> utf8[i] = in.readUTF();
                case 7, 8, 16, 19, 20 -> in.skipNBytes(2);
                case 15 -> in.skipNBytes(3);
                case 3, 4, 9, 10, 11, 12, 17, 18 -> in.skipNBytes(4);
                case 5, 6 -> {
                    in.skipNBytes(8);
                    i++;
                }
                default -> throw new IOException("unknown constant pool tag " + tag);
            }
        }
        in.skipNBytes(6);
        in.skipNBytes(2L * in.readUnsignedShort());
        for (int members = 0; members < 2; members++) {
            for (int n = in.readUnsignedShort(); n > 0; n--) {
                in.skipNBytes(6);
                skipAttributes(in);
            }
        }
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            String name = utf8[in.readUnsignedShort()];
            int length = in.readInt();
            if ("SourceFile".equals(name) && length == 2) {
                return utf8[in.readUnsignedShort()];
            }
            in.skipNBytes(length);
        }
        return null;
    }

    private static void skipAttributes(DataInputStream in) throws IOException {
        for (int n = in.readUnsignedShort(); n > 0; n--) {
            in.skipNBytes(2);
            in.skipNBytes(Integer.toUnsignedLong(in.readInt()));
        }
    }
}
