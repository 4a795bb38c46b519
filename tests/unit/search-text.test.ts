import { describe, expect, it } from "vitest";
import { spaceBetweenBlocks } from "../../scripts/search-text.mjs";

describe("spaceBetweenBlocks (what Pagefind reads of a page)", () => {
  it.each([
    [
      "header cells",
      "<tr><th>Athena</th><th>Redshift</th></tr>",
      "<tr> <th>Athena</th> <th>Redshift</th> </tr>",
    ],
    ["a caption and a header", "<caption>Limits</caption><thead>", "<caption>Limits</caption> <thead>"],
    [
      "a row cell and a data cell",
      '<th scope="row">Timeout</th><td>240</td>',
      '<th scope="row">Timeout</th> <td>240</td>',
    ],
    ["a figure and its details", "</figcaption></figure><details>", "</figcaption> </figure> <details>"],
    ["list items", "<li>S3</li><li>DynamoDB</li>", "<li>S3</li> <li>DynamoDB</li>"],
    ["inline elements stay together", "<b>Dynamo</b><i>DB</i>", "<b>Dynamo</b><i>DB</i>"],
    ["a link inside a word stays", "Amazon<a href=/s3/>S3</a>", "Amazon<a href=/s3/>S3</a>"],
    ["a block that another tag follows", "<p>a</p><pre>b</pre>", "<p>a</p> <pre>b</pre>"],
    ["an element whose name starts like a block", "<span>a</span><picture>", "<span>a</span><picture>"],
    ["text between tags is untouched", "<td>a</td> <td>b</td>", "<td>a</td> <td>b</td>"],
  ])("%s", (_, html, expected) => expect(spaceBetweenBlocks(html)).toBe(expected));
});
