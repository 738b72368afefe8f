import { TRADES } from '@lingong/shared';

const TRADE_NAMES = JSON.stringify(Object.fromEntries(TRADES.map((t) => [t.code, t.name]))).replace(/</g, '\\u003c');

/**
 * The screen at the market gate: the current rotating code, large, renewed before it expires, with
 * today's count and the latest arrivals. Plain HTML and ES5 with XMLHttpRequest, no build step, so
 * an old TV browser runs it. The operator's access token arrives in the URL fragment (`#token=`),
 * which browsers never send to a server or put in logs, and is moved to sessionStorage at once.
 * Arrivals are shown with masked names: everyone at the gate can read the screen.
 */
export const GATE_SCREEN_HTML = `<!doctype html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>扫码签到</title>
<style>
  html, body { margin: 0; height: 100%; background: #0b3d2e; color: #fff; font-family: "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif; }
  main { display: flex; height: 100%; box-sizing: border-box; padding: 3vh 3vw; gap: 3vw; }
  .left { flex: 3; display: flex; flex-direction: column; align-items: center; justify-content: center; }
  .right { flex: 2; display: flex; flex-direction: column; }
  h1 { font-size: 5vh; margin: 0 0 2vh; text-align: center; line-height: 1.3; }
  #qr { background: #fff; padding: 2vh; border-radius: 2vh; width: 62vh; height: 62vh; max-width: 55vw; max-height: 55vw; }
  #qr svg { width: 100%; height: 100%; display: block; }
  .hint { font-size: 5vh; margin-top: 2vh; font-weight: bold; line-height: 1.3; }
  .sub { font-size: 3vh; color: #d8efe6; line-height: 1.4; }
  .count { font-size: 4vh; margin-bottom: 2vh; line-height: 1.3; }
  #count { font-size: 12vh; font-weight: bold; color: #ffe27a; }
  ul { list-style: none; margin: 0; padding: 0; font-size: 3.6vh; line-height: 1.5; }
  li { border-bottom: 1px solid #2f6b58; padding: 0.6vh 0; display: flex; justify-content: space-between; gap: 1vw; }
  #status { font-size: 3vh; color: #ffd0d0; min-height: 4vh; }
  #login { display: none; font-size: 3vh; }
  #login textarea { width: 100%; height: 12vh; font-size: 2.4vh; }
  #login button { font-size: 3.2vh; padding: 1vh 3vw; margin-top: 1vh; min-height: 60px; }
</style>
</head>
<body>
<main>
  <section class="left">
    <h1 id="market">零工市场</h1>
    <div id="qr" data-scene="" aria-label="签到二维码"></div>
    <div class="hint">请用微信扫一扫 签到</div>
    <div class="sub">二维码每分钟自动更新，请扫屏幕上最新的码</div>
    <div id="status" role="status"></div>
    <form id="login">
      <p>请由市场工作人员登录后打开本页面，或粘贴登录凭证：</p>
      <textarea id="login-token" aria-label="登录凭证"></textarea>
      <div><button type="submit">开始显示签到码</button></div>
    </form>
  </section>
  <section class="right">
    <div class="count">今日已签到 <span id="count">0</span> 人</div>
    <div class="sub">最新到场</div>
    <ul id="arrivals"></ul>
  </section>
</main>
<script>
(function () {
  var TRADE_NAMES = ${TRADE_NAMES};
  var POLL_MS = 3000;
  var match = /\\/markets\\/(\\d+)\\/gate-screen/.exec(location.pathname);
  var marketId = match ? match[1] : '';
  var apiBase = location.pathname.slice(0, location.pathname.indexOf('/markets/'));
  var storeKey = 'lingong.gate.' + marketId;
  var token = null;
  var started = false;
  var el = function (id) { return document.getElementById(id); };

  var fromHash = /(?:^#|&)token=([^&]+)/.exec(location.hash);
  if (fromHash) {
    token = decodeURIComponent(fromHash[1]);
    try { sessionStorage.setItem(storeKey, token); } catch (e) {}
    history.replaceState(null, '', location.pathname + location.search);
  } else {
    try { token = sessionStorage.getItem(storeKey); } catch (e) {}
  }

  function say(text) { el('status').textContent = text || ''; }

  function get(path, done) {
    var xhr = new XMLHttpRequest();
    xhr.open('GET', apiBase + path);
    if (token) xhr.setRequestHeader('Authorization', 'Bearer ' + token);
    xhr.timeout = 10000;
    xhr.onload = function () {
      var body = null;
      try { body = JSON.parse(xhr.responseText); } catch (e) {}
      if (xhr.status === 401) { logout(body && body.message); return; }
      done(xhr.status >= 200 && xhr.status < 300 ? null : (body && body.message) || '出错了', body);
    };
    xhr.onerror = xhr.ontimeout = function () { done('网络中断，正在重试…', null); };
    xhr.send();
  }

  function logout(message) {
    token = null;
    try { sessionStorage.removeItem(storeKey); } catch (e) {}
    say(message || '登录已失效，请重新登录');
    el('login').style.display = 'block';
  }

  function refreshCode() {
    get('/markets/' + marketId + '/gate-token', function (error, body) {
      if (error) { say(error); setTimeout(refreshCode, 3000); return; }
      say('');
      var qr = el('qr');
      qr.innerHTML = body.qrSvg;
      qr.setAttribute('data-scene', body.scene);
      qr.setAttribute('data-expires-at', body.expiresAt);
      // Renew ahead of expiry by the screen's own timer, not its clock (a TV's clock may be off).
      var ttl = body.ttlSeconds * 1000;
      setTimeout(refreshCode, Math.max(500, ttl - Math.min(10000, ttl * 0.25)));
    });
  }

  function pad(n) { return n < 10 ? '0' + n : '' + n; }
  function shanghaiTime(iso) {
    var d = new Date(new Date(iso).getTime() + 8 * 3600000);
    return pad(d.getUTCHours()) + ':' + pad(d.getUTCMinutes());
  }
  function maskName(name) {
    var chars = (name || '').split('');
    if (chars.length <= 1) return chars.join('');
    if (chars.length === 2) return chars[0] + '*';
    return chars[0] + new Array(chars.length - 1).join('*') + chars[chars.length - 1];
  }

  function refreshFigures() {
    get('/markets/' + marketId + '/stats', function (error, stats) {
      if (!error) el('count').textContent = String(stats.count);
    });
    get('/markets/' + marketId + '/checkins?limit=8', function (error, list) {
      if (error) return;
      var ul = el('arrivals');
      ul.innerHTML = '';
      for (var i = 0; i < list.items.length; i++) {
        var item = list.items[i];
        var li = document.createElement('li');
        var trades = [];
        for (var j = 0; j < item.trades.length && j < 2; j++) trades.push(TRADE_NAMES[item.trades[j]] || '');
        var who = document.createElement('span');
        who.textContent = maskName(item.realName) + '  ' + trades.join('、');
        var when = document.createElement('span');
        when.textContent = shanghaiTime(item.checkedInAt);
        li.appendChild(who);
        li.appendChild(when);
        ul.appendChild(li);
      }
    });
  }

  function start() {
    if (started) return;
    started = true;
    el('login').style.display = 'none';
    refreshCode();
    refreshFigures();
    setInterval(function () { if (token) refreshFigures(); }, POLL_MS);
  }

  el('login').onsubmit = function (event) {
    event.preventDefault();
    token = el('login-token').value.replace(/^\\s*(Bearer\\s+)?|\\s+$/g, '');
    if (!token) return;
    try { sessionStorage.setItem(storeKey, token); } catch (e) {}
    say('');
    if (started) { refreshCode(); } else { start(); }
  };

  var xhr = new XMLHttpRequest();
  xhr.open('GET', apiBase + '/markets/' + marketId);
  xhr.onload = function () {
    try { el('market').textContent = JSON.parse(xhr.responseText).name + ' · 扫码签到'; } catch (e) {}
  };
  xhr.send();

  if (token) start(); else logout('请由市场工作人员登录后打开本页面');
})();
</script>
</body>
</html>
`;
