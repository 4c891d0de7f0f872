/* erp-desktop phone count page (移动扫码盘点), also for a goods receipt or a transfer.
 * Scans are queued in localStorage first, then sent; each carries an id, so a scan sent twice
 * (the answer was lost with the Wi-Fi) is counted once by the server. Camera: the browser's
 * BarcodeDetector where it exists, else the bundled ZXing decoder (zxing.min.js, Apache-2.0);
 * typed codes and Bluetooth scanners (they type the code and Enter) always work. */
(function () {
  "use strict";
  var T = window.T || {};
  var KEY = location.pathname.split("/")[2];
  var BASE = "/c/" + KEY;
  var QK = "erp-phone-q-" + KEY, HK = "erp-phone-h-" + KEY, BK = "erp-phone-bin-" + KEY;
  var $ = function (id) { return document.getElementById(id); };
  var queue = load(QK, []), history = load(HK, []);
  var closed = false, sending = false, online = true, retryTimer = null;
  var phoneName = localStorage.getItem("erp-phone-name");
  if (!phoneName) {
    phoneName = (T.phone || "Phone") + "-" + uuid().slice(0, 4).toUpperCase();
    localStorage.setItem("erp-phone-name", phoneName);
  }

  // (an HTTP header is Latin-1 only: the name, 手机-3F2A, travels percent-encoded)
  function load(k, dflt) {
    try { var v = JSON.parse(localStorage.getItem(k)); return v == null ? dflt : v; } catch (e) { return dflt; }
  }
  function save() {
    localStorage.setItem(QK, JSON.stringify(queue));
    localStorage.setItem(HK, JSON.stringify(history.slice(0, 60)));
  }
  function fmt(text, fields) {
    return String(text || "").replace(/\{(\w+)\}/g, function (m, k) { return fields[k] != null ? fields[k] : m; });
  }
  function uuid() { // crypto.randomUUID needs https; getRandomValues does not
    var b = new Uint8Array(16);
    (window.crypto || window.msCrypto).getRandomValues(b);
    b[6] = (b[6] & 15) | 64; b[8] = (b[8] & 63) | 128;
    var h = Array.prototype.map.call(b, function (x) { return (x + 256).toString(16).slice(1); }).join("");
    return h.slice(0, 8) + "-" + h.slice(8, 12) + "-" + h.slice(12, 16) + "-" + h.slice(16, 20) + "-" + h.slice(20);
  }

  // --- the page ---------------------------------------------------------------------------
  $("bin-label").textContent = T.bin || "Bin";
  $("code-label").textContent = T.code || "Code";
  $("qty").placeholder = T.qty || "Qty";
  $("add").textContent = T.add || "Add";
  $("camera").textContent = T.camera || "Camera";
  $("snap").textContent = T.photo || "Photo";

  function show(text, kind) {
    var el = $("last");
    el.textContent = text;
    el.className = kind || "";
  }
  function banner(text) {
    var el = $("banner");
    el.textContent = text || "";
    el.style.display = text ? "block" : "none";
  }
  function render() {
    $("net").className = online && !closed ? "" : "off";
    $("pending").textContent = queue.length ? fmt(T.pending, { n: queue.length }) : "";
    var ol = $("history");
    ol.textContent = "";
    history.slice(0, 30).forEach(function (h) {
      var li = document.createElement("li");
      li.className = h.status;
      li.setAttribute("data-id", h.id);
      var main = document.createElement("div");
      main.textContent = h.message || h.text;
      var st = document.createElement("div");
      st.className = "st";
      st.textContent = h.status === "pending" ? T.waiting : h.repeat ? T.repeat : h.status === "ok" ? T.sent : "";
      li.appendChild(main);
      if (st.textContent) li.appendChild(st);
      if (h.status === "confirm" && !h.decided) {
        if (h.other_bin) addButton(li, fmt(T["switch"], { bin: h.other_bin_code }), function () { decide(h, "switch"); });
        addButton(li, T.here, function () { decide(h, "here"); });
        addButton(li, T.skip, function () { decide(h, "skip"); }, true);
      }
      ol.appendChild(li);
    });
  }
  function addButton(li, text, fn, alt) {
    var b = document.createElement("button");
    b.type = "button";
    b.textContent = text;
    if (alt) b.className = "alt";
    b.onclick = fn;
    li.appendChild(b);
  }
  function decide(h, how) {
    h.decided = how;
    if (how === "switch") {
      $("bin").value = h.other_bin;
      localStorage.setItem(BK, h.other_bin);
      enqueue(h.text, h.qty, h.other_bin, false);
    } else if (how === "here") {
      enqueue(h.text, h.qty, h.bin, true);
    } else {
      save(); render();
    }
    focusCode();
  }
  function focusCode() {
    if (document.activeElement !== $("qty")) $("code").focus();
  }

  // --- scanning and sending ---------------------------------------------------------------
  function enqueue(text, qty, bin, here) {
    text = String(text || "").trim();
    if (!text) return;
    bin = bin || $("bin").value;
    var item = { id: uuid(), bin: bin, text: text, qty: qty || null, at: Date.now() };
    if (here) item.here = true;
    queue.push(item);
    history.unshift({ id: item.id, text: text, qty: item.qty, bin: bin, status: "pending" });
    show(text + " — " + (T.waiting || "…"), "");
    save(); render();
    send();
  }
  function beep(ok) {
    try {
      if (navigator.vibrate) navigator.vibrate(ok ? 40 : [80, 60, 80]);
      var A = window.AudioContext || window.webkitAudioContext;
      if (!A) return;
      var ctx = beep.ctx || (beep.ctx = new A());
      var o = ctx.createOscillator(), g = ctx.createGain();
      o.frequency.value = ok ? 1400 : 300;
      g.gain.value = 0.08;
      o.connect(g); g.connect(ctx.destination);
      o.start(); o.stop(ctx.currentTime + (ok ? 0.08 : 0.3));
    } catch (e) { /* no sound: fine */ }
  }
  function applyResults(results) {
    var byId = {};
    results.forEach(function (r) { byId[r.id] = r; });
    queue = queue.filter(function (q) { var r = byId[q.id]; return !r || r.status === "retry"; });
    var last = null;
    history.forEach(function (h) {
      var r = byId[h.id];
      if (!r || r.status === "retry") return;
      h.status = r.status; h.message = r.message; h.repeat = r.repeat;
      h.other_bin = r.other_bin; h.other_bin_code = r.other_bin_code;
      if (!last) last = r;
    });
    if (last) {
      var kind = last.status === "ok" ? "ok" : last.status === "confirm" ? "warn" : "bad";
      show(last.message, kind);
      beep(kind === "ok");
    }
  }
  function send() {
    if (sending || closed || !queue.length) return;
    sending = true;
    var batch = queue.slice(0, 100);
    fetch(BASE + "/scans", {
      method: "POST",
      headers: { "Content-Type": "application/json", "X-Phone": encodeURIComponent(phoneName) },
      body: JSON.stringify({ scans: batch }),
      cache: "no-store"
    }).then(function (r) {
      if (r.status === 403) { closed = true; throw new Error("closed"); }
      if (!r.ok) throw new Error("HTTP " + r.status);
      return r.json();
    }).then(function (data) {
      online = true;
      banner("");
      applyResults(data.results || []);
      sending = false;
      save(); render();
      if (queue.length && batch.length === 100) send();
      else if (queue.length) later();
    }).catch(function () {
      sending = false;
      if (closed) banner(T.closed);
      else { online = false; banner(T.offline); later(); }
      render();
    });
  }
  function later() {
    if (retryTimer || closed) return;
    retryTimer = setTimeout(function () { retryTimer = null; send(); }, 3000);
  }
  window.addEventListener("online", send);

  $("form").addEventListener("submit", function (ev) {
    ev.preventDefault();
    var qty = $("qty").value.trim();
    enqueue($("code").value, qty, null, false);
    $("code").value = ""; $("qty").value = "";
    $("code").focus();
  });
  // a Bluetooth scanner types into whatever has the focus: codes typed while nothing does go to the box
  document.addEventListener("keydown", function (ev) {
    var t = ev.target;
    if (t && (t.tagName === "INPUT" || t.tagName === "SELECT")) return;
    if (ev.key && ev.key.length === 1) { $("code").focus(); }
  });
  $("bin").addEventListener("change", function () { localStorage.setItem(BK, $("bin").value); focusCode(); });

  // --- camera -----------------------------------------------------------------------------
  var detector = null, zxingReader = null, stream = null, lastCode = "", lastSeen = 0;
  if ("BarcodeDetector" in window) {
    try {
      detector = new window.BarcodeDetector({ formats: ["ean_13", "ean_8", "upc_a", "upc_e", "code_128", "code_39", "itf", "qr_code"] });
    } catch (e) { detector = null; }
  }
  function loadZxing(done) {
    if (window.ZXing) return done();
    var s = document.createElement("script");
    s.src = BASE + "/zxing.min.js";
    s.onload = function () { done(); };
    s.onerror = function () { done(); };
    document.head.appendChild(s);
  }
  if (!detector) loadZxing(function () {}); // now, while the Wi-Fi is there
  function zxingDecode(canvas) {
    var Z = window.ZXing;
    if (!Z) return null;
    if (!zxingReader) {
      zxingReader = new Z.MultiFormatReader();
      var hints = new Map();
      var F = Z.BarcodeFormat;
      hints.set(Z.DecodeHintType.POSSIBLE_FORMATS, [F.EAN_13, F.EAN_8, F.UPC_A, F.UPC_E, F.CODE_128, F.CODE_39, F.ITF, F.QR_CODE]);
      hints.set(Z.DecodeHintType.TRY_HARDER, true);
      zxingReader.setHints(hints);
    }
    try {
      var bmp = new Z.BinaryBitmap(new Z.HybridBinarizer(new Z.HTMLCanvasElementLuminanceSource(canvas)));
      return zxingReader.decodeWithState(bmp).getText();
    } catch (e) { return null; }
  }
  function decode(source, w, h) { // a Promise of the code in the image, or null
    if (detector) {
      return detector.detect(source).then(function (found) { return found.length ? found[0].rawValue : null; })
        .catch(function () { return null; });
    }
    var scale = Math.min(1, 1280 / Math.max(w, h));
    var c = decode.canvas || (decode.canvas = document.createElement("canvas"));
    c.width = Math.round(w * scale); c.height = Math.round(h * scale);
    c.getContext("2d").drawImage(source, 0, 0, c.width, c.height);
    return Promise.resolve(zxingDecode(c));
  }
  function seen(code) { // the camera sees one barcode many times a second: count it once per showing
    var now = Date.now(), again = code === lastCode && now - lastSeen < 1500;
    lastCode = code; lastSeen = now;
    if (!again) enqueue(code, $("qty").value.trim(), null, false);
  }
  function tick() {
    if (!stream) return;
    var v = $("video");
    if (v.readyState < 2) return setTimeout(tick, 200);
    decode(v, v.videoWidth, v.videoHeight).then(function (code) {
      if (code) seen(code);
      setTimeout(tick, detector ? 150 : 300);
    });
  }
  var liveCamera = !!(window.isSecureContext && navigator.mediaDevices && navigator.mediaDevices.getUserMedia);
  $("camera").style.display = liveCamera ? "" : "none";
  $("camera").addEventListener("click", function () {
    if (stream) {
      stream.getTracks().forEach(function (t) { t.stop(); });
      stream = null; $("video").style.display = "none"; $("camera").textContent = T.camera;
      return;
    }
    navigator.mediaDevices.getUserMedia({ video: { facingMode: "environment" }, audio: false }).then(function (s) {
      stream = s;
      var v = $("video");
      v.srcObject = s; v.style.display = "block"; v.play();
      $("camera").textContent = T.stop;
      loadZxing(tick);
    }).catch(function () { show(T.no_camera, "warn"); });
  });
  // a photo works over plain http too: the phone's own camera app takes it, the page decodes it
  $("snap").addEventListener("click", function () { $("photo").click(); });
  $("photo").addEventListener("change", function () {
    var file = $("photo").files[0];
    if (!file) return;
    var img = new Image();
    img.onload = function () {
      loadZxing(function () {
        decode(img, img.naturalWidth, img.naturalHeight).then(function (code) {
          URL.revokeObjectURL(img.src);
          $("photo").value = "";
          if (code) enqueue(code, $("qty").value.trim(), null, false);
          else { show(T.no_code, "bad"); beep(false); }
        });
      });
    };
    img.src = URL.createObjectURL(file);
  });

  // --- start ------------------------------------------------------------------------------
  function fillBins(state) {
    $("title").textContent = state.warehouse ? state.number + " · " + state.warehouse : state.number;
    var sel = $("bin"), keep = localStorage.getItem(BK);
    // a goods receipt or a transfer scanned from its form: the form's bins apply, none to choose
    $("bin").style.display = $("bin-label").style.display = state.bins.length ? "" : "none";
    sel.textContent = "";
    state.bins.forEach(function (b) {
      var o = document.createElement("option");
      o.value = b.id;
      o.textContent = b.name && b.name !== b.code ? b.code + " " + b.name : b.code;
      sel.appendChild(o);
    });
    if (keep && state.bins.some(function (b) { return b.id === keep; })) sel.value = keep;
  }
  fetch(BASE + "/state", { cache: "no-store", headers: { "X-Phone": encodeURIComponent(phoneName) } }).then(function (r) {
    if (r.status === 403) { closed = true; throw new Error("closed"); }
    return r.json();
  }).then(function (state) {
    localStorage.setItem("erp-phone-state-" + KEY, JSON.stringify(state));
    fillBins(state);
    render();
    send();
  }).catch(function () {
    var cached = load("erp-phone-state-" + KEY, null);
    if (cached) fillBins(cached);
    banner(closed ? T.closed : T.offline);
    online = false;
    render();
  });
  render();
})();
