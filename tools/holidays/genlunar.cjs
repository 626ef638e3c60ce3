const K = require('korean-lunar-calendar');
const c = new K();
function sol(y,m,d){ if(!c.setLunarDate(y,m,d,false)) throw new Error('bad '+y); const s=c.getSolarCalendar(); return `${s.year}-${String(s.month).padStart(2,'0')}-${String(s.day).padStart(2,'0')}`; }
const out=[];
out.push('# KR lunar holidays (docs/POLICIES.md KR-2): Gregorian dates of lunar 1/1 (Seollal), lunar 4/8 (Buddha\'s');
out.push('# Birthday) and lunar 8/15 (Chuseok) of the Korean lunisolar calendar (KST), one line per year.');
out.push('# The day before and after Seollal and Chuseok are derived in code.');
out.push('#');
out.push('# Source: KASI (Korea Astronomy and Space Science Institute) lunar/solar conversion table as shipped');
out.push('# by the npm package korean-lunar-calendar 0.4.0 (MIT, usingsky/korean_lunar_calendar_js), generated');
out.push('# with setLunarDate(year, month, day, false).getSolarCalendar(); see docs/HOLIDAYS.md. Not derived');
out.push('# from ICU4J, which is the independent test oracle.');
out.push('#');
out.push('# Certainty: 1990-2027 are fixed (past years, and KASI\'s published almanacs (wollyeogyoham) up to');
out.push('# 2027, cross-checked against the official gazette for 2018-2027). 2028-2050 are KASI\'s computed');
out.push('# table, which KASI may still revise. 2033 is the "2033 problem": the leap month placement is');
out.push('# ambiguous under the traditional rules; KASI\'s table puts a leap 11th month in 2033, which gives');
out.push('# Chuseok 2033-09-08; a leap 7th month would give 2033-10-07. Not yet officially published.');
out.push('# The last column is informative only (the year\'s leap month in KASI\'s table, 0 = none).');
out.push('#');
out.push('# year seollal buddha chuseok leap');
for (let y=1990;y<=2050;y++){
  let leap=0; for(let m=1;m<=12;m++){ if(c.setLunarDate(y,m,1,true)) leap=m; }
  out.push([y, sol(y,1,1), sol(y,4,8), sol(y,8,15), leap].join(' '));
}
console.log(out.join('\n'));
