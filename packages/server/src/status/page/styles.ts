import { encoded } from '../encoding.ts';
import { raw } from './html.ts';

/** A brand colour from the settings, only as #rgb/#rrggbb (it goes into CSS). */
export function safeColor(color: string | null): string | null {
  return color && /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.test(color) ? color.toLowerCase() : null;
}

/** Black or white, whichever reads better on the colour (WCAG relative luminance). */
export function textOn(color: string): string {
  const hex = color.length === 4 ? color.replace(/[0-9a-f]/gi, (c) => c + c).slice(1) : color.slice(1);
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = Number.parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  const l = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  return (l + 0.05) / 0.05 > 1.05 / (l + 0.05) ? '#000000' : '#ffffff';
}

/** Custom properties for the brand colour (the header band); the rest of the page keeps contrast-checked colours. */
export function brandStyle(color: string | null) {
  const c = safeColor(color) ?? '#1c3d5a';
  return raw(`:root{--brand:${c};--on-brand:${textOn(c)}}`);
}

/**
 * The pages' CSS, served as one stylesheet (`/status/page.css`, `stylesheet` below) that browsers keep:
 * a page view during an outage carries only its content. Status colours are paired with words
 * everywhere (never colour alone); text colours meet 4.5:1 in light and dark.
 */
const CSS = `*{box-sizing:border-box}
:root{color-scheme:light dark;--bg:#f6f7f9;--card:#fff;--text:#1b1f24;--muted:#4f5863;--line:#d9dee4;
--ok:#1e7b34;--minor:#8a5a00;--partial:#b54708;--major:#b42318;--maint:#1d5fb4;--none-bar:#c9ced4;
--ok-bar:#2f9e44;--minor-bar:#f2b705;--partial-bar:#f08c00;--major-bar:#e03131;--maint-bar:#4c8fe0}
@media (prefers-color-scheme:dark){:root{--bg:#101317;--card:#181c21;--text:#e8eaed;--muted:#a9b1bb;--line:#2c323a;
--ok:#69db7c;--minor:#ffd43b;--partial:#ffa94d;--major:#ff8787;--maint:#74c0fc;--none-bar:#3a414a}}
body{margin:0;background:var(--bg);color:var(--text);font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif}
a{color:inherit}
.skip{position:absolute;left:-999px}.skip:focus{left:1rem;top:1rem;background:var(--card);padding:.5rem;z-index:1}
header.brand{background:var(--brand);color:var(--on-brand)}
header.brand .wrap{display:flex;align-items:center;gap:.75rem;padding-top:1.25rem;padding-bottom:1.25rem}
header.brand a{color:var(--on-brand);text-decoration:none;font-weight:700;font-size:1.25rem}
header.brand img{max-height:40px;max-width:160px}
.wrap{max-width:52rem;margin:0 auto;padding:0 1rem}
main.wrap{padding-bottom:3rem}
h1{font-size:1.5rem;margin:1.5rem 0 .75rem}h2{font-size:1.2rem;margin:2rem 0 .75rem}h3{font-size:1.05rem;margin:0 0 .25rem}
.banner{border-radius:8px;padding:1rem 1.25rem;font-weight:600;font-size:1.15rem;margin:1.5rem 0;border-left:6px solid currentColor;background:var(--card)}
.banner.none{color:var(--ok)}.banner.minor{color:var(--minor)}.banner.major{color:var(--partial)}.banner.critical{color:var(--major)}.banner.maintenance{color:var(--maint)}
.card{background:var(--card);border:1px solid var(--line);border-radius:8px;padding:1rem 1.25rem;margin:0 0 1rem}
.summary h2{margin-top:0}.summary p,.summary li{overflow-wrap:anywhere}.summary ul{padding-left:1.25rem;margin:.5rem 0}
.muted{color:var(--muted)}.small{font-size:.875rem}
.plain{list-style:none;margin:0;padding:0}
.component{padding:.75rem 0;border-top:1px solid var(--line)}.component:first-child{border-top:0}
.row{display:flex;justify-content:space-between;gap:1rem;align-items:baseline;flex-wrap:wrap}
.st{font-weight:600;font-size:.9rem}
.st.operational{color:var(--ok)}.st.degraded_performance{color:var(--minor)}.st.partial_outage{color:var(--partial)}.st.major_outage{color:var(--major)}.st.under_maintenance{color:var(--maint)}
ol.bars{--gap:2px;display:flex;gap:var(--gap);list-style:none;margin:.5rem 0 .25rem;padding:0;height:28px}
ol.bars li{--n:1;--bar:var(--ok-bar);flex:var(--n) 0 calc((var(--n) - 1)*var(--gap));min-width:1px;border-radius:2px;overflow:hidden;white-space:nowrap;text-indent:101%;color:transparent;
background:linear-gradient(90deg,var(--bar) calc(100% - var(--gap)),transparent 0) 0 0/calc((100% + var(--gap))/var(--n)) 100% repeat-x}
ol.bars li.none{--bar:var(--none-bar)}ol.bars li.degraded_performance{--bar:var(--minor-bar)}ol.bars li.partial_outage{--bar:var(--partial-bar)}
ol.bars li.major_outage{--bar:var(--major-bar)}ol.bars li.under_maintenance{--bar:var(--maint-bar)}
.update{border-top:1px solid var(--line);padding:.6rem 0}.update:first-of-type{border-top:0}
.update p{margin:.2rem 0;white-space:pre-wrap;overflow-wrap:anywhere}
.tag{font-weight:700;text-transform:capitalize}
form.subscribe{display:flex;gap:.5rem;flex-wrap:wrap;align-items:flex-end}
label{display:block;font-weight:600;margin-bottom:.25rem}
input[type=email],input[type=url]{font:inherit;padding:.55rem .7rem;border:1px solid var(--muted);border-radius:6px;background:var(--card);color:var(--text);min-width:0;width:100%}
.field{flex:1 1 16rem}
button{font:inherit;font-weight:600;padding:.55rem 1rem;border-radius:6px;border:1px solid var(--brand);background:var(--brand);color:var(--on-brand);cursor:pointer}
button.secondary{background:transparent;color:var(--text);border-color:var(--muted)}
fieldset{border:1px solid var(--line);border-radius:8px;margin:1rem 0;padding:.75rem 1rem}
fieldset label{font-weight:400;display:flex;gap:.5rem;align-items:center;margin:.25rem 0}
.notice{border-radius:8px;padding:.75rem 1rem;margin:1rem 0;background:var(--card);border:1px solid var(--line);border-left:6px solid var(--maint)}
.notice.error{border-left-color:var(--major)}
footer{border-top:1px solid var(--line);margin-top:2rem;padding:1rem 0}
footer .wrap{display:flex;gap:1rem;flex-wrap:wrap}
@media (max-width:480px){h1{font-size:1.3rem}.banner{font-size:1.05rem}ol.bars{--gap:1px}}
`;

/**
 * The stylesheet as bytes with its ETag (compressed once): it changes only with a new version of
 * Firebreak, so its URL names it (`?v=`) and browsers and proxies keep it for a year.
 */
export const stylesheet = encoded(Buffer.from(CSS.trim()));
export const stylesheetVersion = stylesheet.etag.slice(1, 11);
