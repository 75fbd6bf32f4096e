package org.sourceline.render.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class PngWriterTest {

    /** The iTXt chunks of a PNG, keyword → text. */
    static Map<String, String> textChunks(byte[] png) throws IOException {
        Map<String, String> text = new LinkedHashMap<>();
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(png));
        in.skipNBytes(8);
        while (in.available() > 0) {
            int length = in.readInt();
            String type = new String(in.readNBytes(4), StandardCharsets.US_ASCII);
            byte[] data = in.readNBytes(length);
            in.readInt();
            if (type.equals("iTXt")) {
                int zero = 0;
                while (data[zero] != 0) {
                    zero++;
                }
                String keyword = new String(data, 0, zero, StandardCharsets.ISO_8859_1);
                int p = zero + 3;
                while (data[p] != 0) {
                    p++;
                }
                p++;
                while (data[p] != 0) {
                    p++;
                }
                p++;
                text.put(keyword, new String(data, p, data.length - p, StandardCharsets.UTF_8));
            }
        }
        return text;
    }

    @Test
    void writesAnImageThatDecodesWithItsText() throws IOException {
        int w = 37;
        int h = 11;
        int[] pixels = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                pixels[y * w + x] = 0xFF000000 | (x * 6 << 16) | (y * 20 << 8) | ((x + y) & 0xFF);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PngWriter png = new PngWriter(out, w, h, Map.of("Title", "Iran and Russia — “closer” …"))) {
            png.writeRows(java.util.Arrays.copyOfRange(pixels, 0, w * 4), 4);
            png.writeRows(java.util.Arrays.copyOfRange(pixels, w * 4, w * h), h - 4);
            png.finish();
        }
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(out.toByteArray()));
        assertThat(image.getWidth()).isEqualTo(w);
        assertThat(image.getHeight()).isEqualTo(h);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                assertThat(image.getRGB(x, y)).isEqualTo(pixels[y * w + x]);
            }
        }
        assertThat(textChunks(out.toByteArray())).containsEntry("Title", "Iran and Russia — “closer” …");
    }

    @Test
    void refusesMissingRows() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PngWriter png = new PngWriter(out, 2, 2, Map.of())) {
            png.writeRows(new int[2], 1);
            assertThatThrownBy(png::finish).isInstanceOf(IllegalStateException.class);
        }
        assertThatThrownBy(() -> new PngWriter(out, 0, 5, Map.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
