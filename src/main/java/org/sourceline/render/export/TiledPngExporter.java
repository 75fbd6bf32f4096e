package org.sourceline.render.export;

import java.io.IOException;
import java.nio.file.Path;
import java.nio.IntBuffer;
import java.util.concurrent.CancellationException;
import javafx.geometry.Rectangle2D;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import javafx.scene.image.WritablePixelFormat;
import javafx.scene.paint.Color;
import javafx.scene.transform.Affine;
import org.sourceline.data.AtomicFiles;
import org.sourceline.render.FxToolkit;

/**
 * Renders {@link ImageContent} into a PNG file of any size: tile by tile on one offscreen canvas
 * no larger than {@link #TILE} pixels (JavaFX cannot have a live canvas beyond the texture
 * limit), each tile redrawn at the target scale, rows streamed to the file band by band. The
 * file appears only when complete: a failure or cancellation leaves no partial file and keeps
 * any old one. Call from any thread but the JavaFX one; drawing happens on the JavaFX thread.
 */
public final class TiledPngExporter {
    /** Tile edge in pixels; the canvas never exceeds it. */
    public static final int TILE = 2048;
    /** Largest width or height accepted. */
    public static final int MAX_SIDE = 65_535;
    /** Largest number of pixels accepted (about 2 GB of raw pixels at most in flight is far less). */
    public static final long MAX_PIXELS = 1_000_000_000L;

    /** Reports progress and asks whether to stop. */
    public interface Progress {
        void tilesDone(int done, int total);

        boolean isCancelled();

        Progress NONE = new Progress() {
            @Override
            public void tilesDone(int done, int total) {
            }

            @Override
            public boolean isCancelled() {
                return false;
            }
        };
    }

    /** The pixel size an export of this content at this scale would have. */
    public static int[] pixelSize(ImageContent content, double scale) {
        return new int[] {(int) Math.ceil(content.width() * scale), (int) Math.ceil(content.height() * scale)};
    }

    /** Checks a pixel size; returns null when fine, else what is wrong in plain words. */
    public static String checkSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            return "the image would be empty (" + width + " × " + height + " pixels)";
        }
        if (width > MAX_SIDE || height > MAX_SIDE) {
            return "the image would be " + width + " × " + height + " pixels; the largest side allowed is " + MAX_SIDE;
        }
        if ((long) width * height > MAX_PIXELS) {
            return "the image would have " + ((long) width * height / 1_000_000) + " million pixels; at most "
                    + MAX_PIXELS / 1_000_000 + " million are allowed";
        }
        return null;
    }

    /** Writes {@code content} at {@code scale} to {@code file}. */
    public void export(ImageContent content, double scale, Path file, Progress progress) throws IOException {
        export(content, scale, file, java.util.List.of(), progress);
    }

    /**
     * Writes {@code content} at {@code scale} to {@code file}, which must not be one of {@code inputs}
     * (the files the picture was made from; see {@link AtomicFiles#write(Path, java.util.Collection, AtomicFiles.Content)}).
     */
    public void export(ImageContent content, double scale, Path file, java.util.Collection<Path> inputs,
                       Progress progress) throws IOException {
        int[] size = pixelSize(content, scale);
        int width = size[0];
        int height = size[1];
        String problem = checkSize(width, height);
        if (problem != null) {
            throw new IllegalArgumentException(problem);
        }
        FxToolkit.start();
        int columns = (width + TILE - 1) / TILE;
        int bands = (height + TILE - 1) / TILE;
        int total = columns * bands;
        Canvas canvas = FxToolkit.call(() -> new Canvas(Math.min(TILE, width), Math.min(TILE, height)));
        WritablePixelFormat<IntBuffer> format = PixelFormat.getIntArgbInstance();
        AtomicFiles.write(file, inputs, out -> {
            try (PngWriter png = new PngWriter(out, width, height, content.metadata())) {
                int done = 0;
                for (int band = 0; band < bands; band++) {
                    int y0 = band * TILE;
                    int bandHeight = Math.min(TILE, height - y0);
                    int[] pixels = new int[width * bandHeight];
                    for (int column = 0; column < columns; column++) {
                        if (progress.isCancelled()) {
                            throw new CancellationException("export cancelled");
                        }
                        int x0 = column * TILE;
                        int tileWidth = Math.min(TILE, width - x0);
                        FxToolkit.run(() -> {
                            GraphicsContext gc = canvas.getGraphicsContext2D();
                            gc.setTransform(new Affine());
                            gc.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
                            gc.save();
                            gc.scale(scale, scale);
                            gc.translate(-x0 / scale, -y0 / scale);
                            content.draw(gc);
                            gc.restore();
                            SnapshotParameters parameters = new SnapshotParameters();
                            parameters.setFill(Color.WHITE);
                            parameters.setViewport(new Rectangle2D(0, 0, tileWidth, bandHeight));
                            WritableImage tile = canvas.snapshot(parameters, new WritableImage(tileWidth, bandHeight));
                            tile.getPixelReader().getPixels(0, 0, tileWidth, bandHeight, format, pixels, x0, width);
                        });
                        progress.tilesDone(++done, total);
                    }
                    png.writeRows(pixels, bandHeight);
                }
                png.finish();
            }
        });
    }
}
