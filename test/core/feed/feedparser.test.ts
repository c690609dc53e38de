// The feedparser suite in the browser (parseFeed as the widgets run it): see feedparser-suite.ts. Also every HTML 4
// named reference against the browser's own HTML parser.
import { expect } from '@open-wc/testing';
import { decodeEntities } from '../../../src/core/feed/index.js';
import { GOAL, describeReport, runSuite, type Case } from './feedparser-suite.js';

const read = async (path: string) => new Uint8Array(await (await fetch(`/__corpus/feedparser/${path}`)).arrayBuffer());

// The 253 named character references of HTML 4.01 (and XHTML's &apos;).
const HTML4 = `quot amp apos lt gt nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn
sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest Agrave Aacute Acirc Atilde Auml Aring
AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash
Ugrave Uacute Ucirc Uuml Yacute THORN szlig agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml
igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml
OElig oelig Scaron scaron Yuml fnof circ tilde Alpha Beta Gamma Delta Epsilon Zeta Eta Theta Iota Kappa Lambda Mu Nu Xi
Omicron Pi Rho Sigma Tau Upsilon Phi Chi Psi Omega alpha beta gamma delta epsilon zeta eta theta iota kappa lambda mu nu xi
omicron pi rho sigmaf sigma tau upsilon phi chi psi omega thetasym upsih piv ensp emsp thinsp zwnj zwj lrm rlm ndash mdash
lsquo rsquo sbquo ldquo rdquo bdquo dagger Dagger bull hellip permil prime Prime lsaquo rsaquo oline frasl euro image
weierp real trade alefsym larr uarr rarr darr harr crarr lArr uArr rArr dArr hArr forall part exist empty nabla isin notin
ni prod sum minus lowast radic prop infin ang and or cap cup int there4 sim cong asymp ne equiv le ge sub sup nsub sube supe
oplus otimes perp sdot lceil rceil lfloor rfloor lang rang loz spades clubs hearts diams`.split(/\s+/);

describe('parseFeed on the feedparser suite (browser)', function () {
  this.timeout(120000);

  it(`passes at least ${GOAL * 100} % of the mappable cases it follows, and decodes every HTML 4 entity in it`, async () => {
    const cases: Case[] = await (await fetch('/__corpus/feedparser/expectations.json')).json();
    const report = await runSuite(read, cases);
    console.log(describeReport(report));
    expect(report.mappable).to.be.at.least(500);
    expect(report.followedAfterAll, 'not-followed cases that pass').to.deep.equal([]);
    expect(report.entities.missing).to.deep.equal([]);
    expect(report.passed / (report.mappable - report.notFollowed), describeReport(report)).to.be.at.least(GOAL);
  });

  it('decodes all 253 HTML 4 named references as the browser does', () => {
    expect(new Set(HTML4).size).to.equal(253);
    const platform = document.createElement('textarea');
    const differ: string[] = [];
    for (const name of HTML4) {
      platform.innerHTML = `&${name};`;
      // HTML 5 moved &lang; and &rang; to U+27E8/U+27E9; we keep HTML 4's U+2329/U+232A (what the suite expects).
      const expected = name === 'lang' ? '\u2329' : name === 'rang' ? '\u232a' : platform.value;
      if (decodeEntities(`&${name};`) !== expected) differ.push(name);
    }
    console.log(`HTML 4 named references decoded as the browser does: ${253 - differ.length} of 253`);
    expect(differ).to.deep.equal([]);
  });
});
