// Usage: node genjp.cjs   (japanese-public-holidays 3.2.38, @holiday-jp/holiday_jp 2.5.1), run in the
// folder where they are installed
// Prints Japan's national holidays and other days off (substitute and citizens' holidays,
// declared days) 1990-2050: the Cabinet Office's list (syukujitsu.csv, as shipped by
// japanese-public-holidays) for the years it covers, then holiday_jp's table for the years after.
// The two agree day for day over the years both cover (checked when this was run).
const fs = require('fs');
const path = require('path');
const dir = path.join(process.cwd(), 'node_modules', 'japanese-public-holidays'); // its exports hide the files
const cao = fs.readFileSync(path.join(dir, 'index.tsv'), 'utf8').trim().split('\n').slice(1)
  .map(l => l.split('\t')).filter(r => +r[0].slice(0, 4) >= 1990);
const caoLast = Math.max(...cao.map(r => +r[0].slice(0, 4)));
const hj = require('@holiday-jp/holiday_jp');
const day = x => x.date.toISOString().slice(0, 10);
const both = hj.between(new Date('1990-01-01'), new Date(caoLast + '-12-31')).map(day);
if (both.join() !== cao.map(r => r[0]).join()) throw new Error('the Cabinet Office list and holiday_jp disagree');
const v = p => JSON.parse(fs.readFileSync(path.join(process.cwd(), 'node_modules', p, 'package.json'), 'utf8')).version;
console.log(`# Japan's national holidays and days off 1990-2050: the Cabinet Office list (syukujitsu.csv) for 1990-${caoLast} from the npm package japanese-public-holidays ${v('japanese-public-holidays')}, then the table of @holiday-jp/holiday_jp ${v('@holiday-jp/holiday_jp')} for ${caoLast + 1}-2050.`);
console.log('# Produced by: node genjp.cjs  (tools/holidays/genjp.cjs) as "date<TAB>Japanese name<TAB>source".');
for (const r of cao) console.log(r[0] + '\t' + r[1] + '\tCAO');
for (const x of hj.between(new Date((caoLast + 1) + '-01-01'), new Date('2050-12-31'))) console.log(day(x) + '\t' + x.name + '\tHJP');
