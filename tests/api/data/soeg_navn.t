Search by name over HTTP (issue 10, item 1): POST /api/soegning {"navn"}
(in the body, never in the URL) lists the cases with a party of that name
(as part_tilfoejet recorded it); only roles that see personal data; each
hit read-logged; the name never echoed.
  $ ln -s "$ROD/tests/api/api" api
  $ ./api sb101 POST /api/sager '{"sagstype":"ulykke","generation":"foerstegang","skadedato":"2025-02-10","anmeldelsesdato":"2025-02-14","cpr":"0101809011","team":"Team Nord","sagsbehandler":"sb101","dato":"2025-02-14"}' | sed -n 1p
  HTTP 201
  $ ./api sb101 POST /api/sager/AES-2025-000003/haendelser '{"type":"part_tilfoejet","dato":"2025-02-20","begrundelse":"Anmeldelsen","part":"tilskadekomne","navn":"Karen Syntetisk Ågård"}' | sed -n 1p
  HTTP 201

The caseworker finds the case by part of the name (any case for ASCII
letters), and the hit is in its read log.
  $ ./api sb101 POST /api/soegning '{"navn":"syntetisk"}' | grep -o '"id":"[^"]*"'
  "id":"AES-2025-000003"
  $ ./api sb101 GET /api/sager/AES-2025-000003/laesninger | grep -c 'soegning paa navn'
  1

A team lead may not search by name (403, /navn); too short a name is 422
without the name in the answer; a body with both or neither is 422.
  $ ./api tl1 POST /api/soegning '{"navn":"Karen"}'
  HTTP 403
  {"type":"about:blank",
  "title":"Ingen adgang",
  "status":403,
  "detail":"rollen må ikke søge på navn",
  "felt":"/navn"}
  $ ./api sb101 POST /api/soegning '{"navn":"K"}'
  HTTP 422
  {"type":"about:blank",
  "title":"Oplysningerne er afvist",
  "status":422,
  "detail":"skriv mindst 2 tegn af navnet",
  "felt":"/navn"}
  $ ./api sb101 POST /api/soegning '{}' | sed -n '1p;/detail/p'
  HTTP 422
  "detail":"angiv enten cpr eller navn",
  $ ./api sb101 POST /api/soegning '{"cpr":"0101809011","navn":"Karen"}' | sed -n '1p;/detail/p'
  HTTP 422
  "detail":"angiv enten cpr eller navn",
