package io.github.slakit.svg;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.batik.transcoder.TranscoderException;
import org.apache.batik.transcoder.TranscoderInput;
import org.apache.batik.transcoder.TranscoderOutput;
import org.apache.batik.transcoder.image.ImageTranscoder;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * A picture as a person and a program see it: parsed as XML by the JDK's parser (which refuses a
 * document that is not well-formed) and rasterized by Apache Batik, one pixel per SVG unit.
 */
final class Rendered {
  final String svg;
  final Document dom;
  final BufferedImage image;

  private Rendered(String svg, Document dom, BufferedImage image) {
    this.svg = svg;
    this.dom = dom;
    this.image = image;
  }

  static Rendered of(String svg) {
    return new Rendered(svg, parse(svg), rasterize(svg));
  }

  static Document parse(String svg) {
    try {
      DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
      f.setNamespaceAware(true);
      f.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
      DocumentBuilder b = f.newDocumentBuilder();
      return b.parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new AssertionError("not well-formed XML: " + e.getMessage(), e);
    }
  }

  static BufferedImage rasterize(String svg) {
    BufferedImage[] out = new BufferedImage[1];
    ImageTranscoder t =
        new ImageTranscoder() {
          @Override
          public BufferedImage createImage(int width, int height) {
            return new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
          }

          @Override
          public void writeImage(BufferedImage img, TranscoderOutput output) {
            out[0] = img;
          }
        };
    TranscoderInput in = new TranscoderInput(new StringReader(svg));
    in.setURI("file:/timeline.svg");
    try {
      t.transcode(in, null);
    } catch (TranscoderException e) {
      throw new AssertionError("Batik could not render the picture: " + e.getMessage(), e);
    }
    return out[0];
  }

  /** The elements with this class (among others), in document order. */
  List<Element> byClass(String cls) {
    List<Element> out = new ArrayList<>();
    NodeList all = dom.getElementsByTagName("*");
    for (int i = 0; i < all.getLength(); i++) {
      Element e = (Element) all.item(i);
      for (String c : e.getAttribute("class").split(" ")) {
        if (c.equals(cls)) {
          out.add(e);
        }
      }
    }
    return out;
  }

  /** The texts of the elements with this class. */
  List<String> texts(String cls) {
    List<String> out = new ArrayList<>();
    for (Element e : byClass(cls)) {
      out.add(ownText(e));
    }
    return out;
  }

  /** An element's text without that of its {@code <title>}. */
  static String ownText(Element e) {
    StringBuilder sb = new StringBuilder();
    NodeList kids = e.getChildNodes();
    for (int i = 0; i < kids.getLength(); i++) {
      if (kids.item(i).getNodeType() == org.w3c.dom.Node.TEXT_NODE) {
        sb.append(kids.item(i).getNodeValue());
      }
    }
    return sb.toString();
  }

  static double num(Element e, String attribute) {
    return Double.parseDouble(e.getAttribute(attribute));
  }

  /** The pixel at (x, y) as {@code 0xRRGGBB}, on white where the picture is transparent. */
  int rgb(double x, double y) {
    int argb = image.getRGB((int) Math.floor(x), (int) Math.floor(y));
    int a = argb >>> 24;
    int r = blend((argb >> 16) & 0xFF, a);
    int g = blend((argb >> 8) & 0xFF, a);
    int b = blend(argb & 0xFF, a);
    return (r << 16) | (g << 8) | b;
  }

  private static int blend(int c, int alpha) {
    return (c * alpha + 255 * (255 - alpha)) / 255;
  }

  /** Whether a pixel is near a colour: each channel within {@code tolerance}. */
  static boolean near(int rgb, int colour, int tolerance) {
    for (int shift = 0; shift <= 16; shift += 8) {
      if (Math.abs(((rgb >> shift) & 0xFF) - ((colour >> shift) & 0xFF)) > tolerance) {
        return false;
      }
    }
    return true;
  }

  /** How many pixels of row {@code y}, x in [x0, x1), are near {@code colour}. */
  int count(double y, double x0, double x1, int colour, int tolerance) {
    int n = 0;
    for (int x = (int) Math.ceil(x0); x < x1; x++) {
      if (near(rgb(x, y), colour, tolerance)) {
        n++;
      }
    }
    return n;
  }
}
