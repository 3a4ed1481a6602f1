"""Save a screenshot of an X display's whole screen (used by .ci/package under Xvfb).

    python packaging/deb/xvfb_screenshot.py OUTPUT.png [--wait-seconds 30]

Grabs the root window through Qt's xcb platform (no xwd/ImageMagick needed), waiting until the
screen is no longer blank (the app's window has been mapped and painted). Exit 1 if it stays blank.
"""

from __future__ import annotations

import argparse
import os
import sys
import time


def main() -> int:
    parser = argparse.ArgumentParser()
    parser.add_argument("output")
    parser.add_argument("--wait-seconds", type=float, default=30.0)
    parser.add_argument("--settle-seconds", type=float, default=2.0)
    args = parser.parse_args()
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    from PySide6.QtGui import QGuiApplication

    app = QGuiApplication(sys.argv[:1])
    screen = app.primaryScreen()
    deadline = time.monotonic() + args.wait_seconds
    while time.monotonic() < deadline:
        app.processEvents()
        image = screen.grabWindow(0).toImage()
        # A blank Xvfb screen is one colour; the app's window adds many.
        if len({image.pixel(x, y) for x in range(0, image.width(), 37) for y in range(0, image.height(), 37)}) > 8:
            time.sleep(args.settle_seconds)  # let the first paint finish
            pixmap = screen.grabWindow(0)
            # Crop to the window (it sits at the top-left corner: Xvfb has no window manager).
            shot = pixmap.toImage()
            background = shot.pixel(shot.width() - 1, shot.height() - 1)
            xs = [x for x in range(0, shot.width(), 2)
                  if any(shot.pixel(x, y) != background for y in range(0, shot.height(), 8))]
            ys = [y for y in range(0, shot.height(), 2)
                  if any(shot.pixel(x, y) != background for x in range(0, shot.width(), 8))]
            if xs and ys:
                pixmap = pixmap.copy(0, 0, min(shot.width(), xs[-1] + 2), min(shot.height(), ys[-1] + 2))
            ok = pixmap.save(args.output)
            print("xvfb_screenshot: saved {} ({}x{})".format(args.output, pixmap.width(), pixmap.height()))
            return 0 if ok else 1
        time.sleep(0.5)
    print("xvfb_screenshot: the screen stayed blank", file=sys.stderr)
    return 1


if __name__ == "__main__":
    raise SystemExit(main())
