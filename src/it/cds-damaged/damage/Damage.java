import java.io.RandomAccessFile;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.CRC32C;

/**
 * Damages the one class-data archive retire keeps in the directory given, between two builds:
 * middle (64 KB in its middle overwritten with zeros), truncate (cut to half), nosum (its checksum file deleted, as
 * an older retire left it), middle-fixsum (the middle, and a checksum file that matches the damage: what a
 * checksum cannot catch; for trying by hand). Run with java's source launcher; not a test.
 */
public class Damage {
    public static void main(String[] args) throws Exception {
        List<Path> archives = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(Paths.get(args[1]), "*.jsa")) {
            files.forEach(archives::add);
        }
        if (archives.size() != 1) {
            throw new IllegalStateException("expected one archive in " + args[1] + ": " + archives);
        }
        Path archive = archives.get(0);
        Path sum = Paths.get(archive + ".crc");
        archive.toFile().setWritable(true); // HotSpot writes it read-only
        try (RandomAccessFile f = new RandomAccessFile(archive.toFile(), "rw")) {
            long size = f.length();
            switch (args[0]) {
                case "middle":
                case "middle-fixsum":
                    byte[] block = new byte[64 * 1024];
                    f.seek(size / 2 / block.length * block.length);
                    f.write(block);
                    break;
                case "truncate":
                    f.setLength(size / 2);
                    break;
                case "nosum":
                    Files.delete(sum);
                    break;
                default:
                    throw new IllegalArgumentException("no such damage: " + args[0]);
            }
        }
        if (args[0].equals("middle-fixsum")) {
            // retire's checksum file: "<size> <CRC-32C in hex>"
            byte[] content = Files.readAllBytes(archive);
            CRC32C crc = new CRC32C();
            crc.update(content);
            Files.write(sum, (content.length + " " + Long.toHexString(crc.getValue()) + "\n").getBytes("UTF-8"));
        }
        System.out.println("[damage] " + args[0] + ": " + archive);
    }
}
