// The reference for `npm run bench -- cli`: compromise's people, places and organizations of each file given,
// one JSON line per file, as a process like ours.
import fs from 'node:fs';
import nlp from 'compromise';

for (const file of process.argv.slice(2)) {
  const doc = nlp(fs.readFileSync(file, 'utf8'));
  const found = {
    people: doc.people().out('array'),
    places: doc.places().out('array'),
    organizations: doc.organizations().out('array'),
  };
  process.stdout.write(`${JSON.stringify({ source: file, ...found })}\n`);
}
