/*
 * YAWL Cloud Platform: infrastructure, network and data flow architecture.
 * Source: seed 001 "Infrastructure & Network Diagrams - YAWL Cloud Platform" (13 PlantUML diagrams).
 * Conventions: docs/model-conventions.md, section "YAWL Cloud Platform".
 */
workspace "YAWL Cloud Platform" "Infrastructure, network and data flow architecture of the YAWL Cloud Platform, a multi-cloud workflow automation service." {

    !identifiers flat
    !impliedRelationships false

    model {

        # ----------------------------------------------------------------- people

        user = person "User" "Someone who designs, generates, launches and works on YAWL workflows."
        buyer = person "Buyer" "A marketplace customer who browses, purchases and downloads workflow templates."
        creator = person "Creator" "A marketplace author who publishes workflow templates and earns 70% of each sale."
        globalUsers = person "Global Users" "Users of the platform all over the world, served from the nearest region." {
            properties {
                "plumbline.shape" "cloud"
            }
        }

        group "Developer Workflow" {
            developer = person "Developer" "Engineer who changes the platform's code."
            github = softwareSystem "GitHub" "Hosts the platform's repositories and starts the CI pipeline through a webhook." "External"
        }

        group "Approval Gates" {
            qaTeam = person "QA Team" "Approves promotion of a release to staging after the automated tests."
            securityTeam = person "Security Team" "Approves promotion of a release to production after load and security tests."
            productOwner = person "Product Owner" "Gives the business approval that triggers the production deployment."
        }

        # ------------------------------------------------------- external systems

        zai = softwareSystem "Z.AI API" "Large-language-model completion API (model glm-4.7-flash) that generates YAWL XML." "External" {
            perspectives {
                "Trace span" "The tracing span this element records for one request." "ai-completion"
            }
        }
        stripe = softwareSystem "Stripe" "Payment provider: checkout sessions, payment processing and payouts to creators." "External"

        group "Visualization & Alerting" {
            pagerDuty = softwareSystem "PagerDuty" "On-call paging service notified by Alertmanager." "External"
        }

        # ----------------------------------------------------------- the platform

        yawl = softwareSystem "YAWL Cloud Platform" "Multi-tenant cloud service for designing, generating, running and trading YAWL workflows." {

            group "Application Layer" {
                web = container "Web App" "Browser-facing application: workflow designer, case work lists and the template marketplace." {
                    perspectives {
                        "Trace span" "The tracing span this element records for one request." "http-request"
                    }
                }
                engine = container "Workflow Engine" "YAWL engine: validates specifications, launches cases and moves work items through their tasks." {
                    perspectives {
                        "Trace span" "The tracing span this element records for one request." "validate-spec"
                    }
                }
                ai = container "AI Orchestrator" "Turns a user's intent into a YAWL specification using the knowledge graph and the Z.AI API, and learns from deployment feedback." {
                    perspectives {
                        "Trace span" "The tracing span this element records for one request." "generate-workflow"
                    }
                }
                marketplace = container "Marketplace" "Workflow-template marketplace workload." {
                    marketService = component "Marketplace Service" "Lists, sells and delivers workflow templates and pays creators their share."
                }
            }

            gateway = container "API Gateway" "Single entry point for the API: validates JWTs, extracts claims and routes requests." {
                perspectives {
                    "Trace span" "The tracing span this element records for one request." "api-route"
                }
            }
            auth = container "Auth Service" "Verifies credentials and issues access and refresh tokens." "OAuth2" {
                perspectives {
                    "Authentication" "How the authentication flow qualifies this element." "OAuth2"
                }
            }
            userDb = container "User DB" "Users, tenants and tenant-scoped workflow data."
            vault = container "Vault" "Secrets store; holds the key the Auth Service signs JWTs with." {
                perspectives {
                    "Authentication" "How the authentication flow qualifies this element." "Secrets"
                }
            }
            backend = container "Backend Service" "Serves authenticated API requests with RBAC checks and tenant isolation."

            postgres = container "PostgreSQL" "Relational store for specifications, cases, work items and marketplace purchases." "" "Database" {
                perspectives {
                    "Workflow execution" "What this element holds or is in the workflow-execution flow." "Workflow State"
                    "Marketplace transaction" "What this element holds in the marketplace transaction flow." "Purchases"
                }
            }
            redis = container "Redis" "Cache for specifications, work items, generated workflows and template listings." "" "Database" {
                perspectives {
                    "Workflow execution" "What this element holds or is in the workflow-execution flow." "Cache"
                    "AI generation" "What this element holds in the AI generation flow." "Cache"
                    "Marketplace transaction" "What this element holds in the marketplace transaction flow." "Cache"
                }
            }
            influx = container "InfluxDB" "Time-series store for workflow metrics and duration predictions." "" "Database" {
                perspectives {
                    "Workflow execution" "What this element holds or is in the workflow-execution flow." "Metrics"
                }
            }
            elastic = container "Elasticsearch" "Index of structured application logs." "" "Database" {
                perspectives {
                    "Workflow execution" "What this element holds or is in the workflow-execution flow." "Logs"
                }
            }
            eventBus = container "Event Bus" "Kafka topics carrying workflow and AI domain events to their consumers." {
                perspectives {
                    "Workflow execution" "What this element holds or is in the workflow-execution flow." "Kafka"
                }
            }
            analytics = container "Analytics Service" "Consumes workflow events and predicts case durations from historical data."
            notification = container "Notification Service" "Sends e-mail notifications about workflows and marketplace sales."
            neo4j = container "Neo4j" "Knowledge graph of workflows, their patterns and similarity links." "" "Database" {
                perspectives {
                    "AI generation" "What this element holds in the AI generation flow." "Knowledge Graph"
                    "Trace span" "The tracing span this element records for one request." "graph-query"
                }
            }
            mongo = container "MongoDB" "Document store for marketplace templates and creator accounts." "" "Database" {
                perspectives {
                    "Marketplace transaction" "What this element holds in the marketplace transaction flow." "Templates"
                }
            }

            group "Metrics Collection" {
                prometheus = container "Prometheus" "Scrapes and evaluates the platform's metrics and fires alerts."
                exporters = container "Prometheus Exporters" "Expose each service's /metrics endpoint in Prometheus format."
                tsdb = container "Time-Series DB" "Prometheus metric storage." "" "Database"
            }
            group "Logging Pipeline" {
                fluentBit = container "Fluent Bit" "Collects container stdout/stderr and ships it to Loki."
                loki = container "Loki" "Indexes and queries logs."
                logStorage = container "Log Storage" "Loki's chunk and index storage." "" "Database"
            }
            group "Tracing" {
                otel = container "OpenTelemetry Collector" "Receives OTLP spans from the services and forwards them."
                jaeger = container "Jaeger" "Distributed-tracing backend and query service."
                traceStorage = container "Trace Storage" "Jaeger span storage." "" "Database"
            }
            group "Visualization & Alerting" {
                grafana = container "Grafana" "Dashboards over metrics, logs and traces."
                alertmanager = container "Alertmanager" "Deduplicates and routes Prometheus alerts."
            }

            group "CloudFlare CDN" {
                edgeLocations = container "Edge Locations (200+)" "CloudFlare points of presence terminating users' HTTPS connections."
                cdnDdos = container "DDoS Protection" "CloudFlare volumetric-attack filtering at the edge."
                cdnWaf = container "WAF" "CloudFlare web application firewall rules."
            }
            geoDns = container "GeoDNS" "Latency-based DNS routing with health checks and automatic failover." "Route 53" {
                properties {
                    "plumbline.shape" "cloud"
                }
            }
            group "North America Region" {
                usEastCluster = container "US-East Cluster" "Kubernetes cluster serving North American traffic."
                usWestCluster = container "US-West Cluster" "Second North American Kubernetes cluster."
                rdsUsEast1 = container "RDS us-east-1" "Primary PostgreSQL database of North America; source of cross-region replication." "" "Database"
                rdsUsWest2 = container "RDS us-west-2" "Read replica for North America." "" "Database"
            }
            group "Europe Region" {
                euWestCluster = container "EU-West Cluster" "Kubernetes cluster serving European traffic; EU data stays in the EU."
                euCentralCluster = container "EU-Central Cluster" "Second European Kubernetes cluster."
                rdsEuWest1 = container "RDS eu-west-1" "Primary PostgreSQL database of Europe." "" "Database"
                rdsEuCentral1 = container "RDS eu-central-1" "Read replica for Europe." "" "Database"
            }
            group "Asia-Pacific Region" {
                apSoutheastCluster = container "AP-Southeast Cluster" "Kubernetes cluster serving Asia-Pacific traffic."
                apNortheastCluster = container "AP-Northeast Cluster" "Second Asia-Pacific Kubernetes cluster."
                rdsApSoutheast1 = container "RDS ap-southeast-1" "Primary PostgreSQL database of Asia-Pacific." "" "Database"
                rdsApNortheast1 = container "RDS ap-northeast-1" "Read replica for Asia-Pacific." "" "Database"
            }
        }

        # --------------------------------------------------- the delivery pipeline

        delivery = softwareSystem "YAWL Delivery Pipeline" "Builds, scans, tests and deploys the platform: GitHub Actions for CI, ArgoCD for CD." {
            group "Developer Workflow" {
                gitPush = container "Git Push" "A developer's push of commits to the platform repository."
            }
            group "CI Pipeline (GitHub Actions)" {
                checkout = container "Checkout Code" "Checks out the pushed revision."
                build = container "Build" "Compiles the platform." "Ant"
                unitTests = container "Unit Tests" "Runs the unit test suite."
                sast = container "SAST Scan" "Static application security testing." "SonarQube"
                dockerBuild = container "Build Docker Images" "Builds the service images."
                trivy = container "Vulnerability Scan" "Scans the images for known vulnerabilities." "Trivy"
                pushRegistry = container "Push to Registry" "Publishes the images to the cloud registries."
            }
            group "CD Pipeline (ArgoCD)" {
                argocd = container "ArgoCD" "GitOps controller that notices new images and deploys them."
                helm = container "Helm Chart Render" "Renders the Kubernetes manifests from the Helm charts."
                manifestValidation = container "Manifest Validation" "Validates the rendered manifests."
                applyK8s = container "Apply to Kubernetes" "Applies the validated manifests to the target cluster."
            }
            group "Environments" {
                devCluster = container "Dev Cluster" "Development Kubernetes cluster; deployed automatically." {
                    properties {
                        "plumbline.shape" "cloud"
                    }
                }
                stagingCluster = container "Staging Cluster" "Staging Kubernetes cluster; deployed after QA approval." {
                    properties {
                        "plumbline.shape" "cloud"
                    }
                }
                productionCluster = container "Production Cluster" "Production Kubernetes cluster; deployed after business approval." {
                    properties {
                        "plumbline.shape" "cloud"
                    }
                }
            }
            group "Testing & Validation" {
                integrationTests = container "Integration Tests" "Integration test suite run against the dev cluster."
                e2eTests = container "E2E Tests" "End-to-end browser tests." "Playwright"
                loadTests = container "Load Tests" "Load tests run against staging." "k6"
                securityTests = container "Security Tests" "Dynamic security scan of staging." "OWASP ZAP"
            }
        }

        # ---------------------------------------------- defence-in-depth controls

        group "Layer 1: Perimeter Security" {
            secWaf = element "WAF (ModSecurity)" "Security Control" "Web application firewall filtering malicious requests." "Layer 1"
            secDdos = element "DDoS Protection" "Security Control" "Absorbs volumetric attacks before they reach the network." "Layer 1"
            secRateLimiting = element "Rate Limiting" "Security Control" "Caps request rates per client and tenant." "Layer 1"
            secIpFilter = element "IP Allowlist/Blocklist" "Security Control" "Admits or rejects traffic by source address." "Layer 1"
        }
        group "Layer 2: Network Security" {
            secNetworkPolicies = element "Network Policies" "Security Control" "Kubernetes network policies restricting pod-to-pod traffic." "Layer 2"
            secFirewallRules = element "Firewall Rules" "Security Control" "Cloud firewall and security-group rules." "Layer 2"
            secVpnGateway = element "VPN Gateway" "Security Control" "Encrypted access for operators and partner networks." "Layer 2"
            secPrivateLink = element "Private Link" "Security Control" "Private connectivity to managed cloud services." "Layer 2"
        }
        group "Layer 3: Application Security" {
            secOauthGateway = element "API Gateway (OAuth2)" "Security Control" "OAuth2 authentication at the API entry point." "Layer 3"
            secJwtValidation = element "JWT Validation" "Security Control" "Signature and expiry checks of access tokens." "Layer 3"
            secRbac = element "RBAC" "Security Control" "Role-based access control on every operation." "Layer 3"
            secMtls = element "mTLS" "Security Control" "Mutual TLS between services." "Layer 3"
        }
        group "Layer 4: Data Security" {
            secEncryptionAtRest = element "Encryption at Rest" "Security Control" "Encrypted databases, volumes and backups." "Layer 4"
            secEncryptionInTransit = element "Encryption in Transit" "Security Control" "TLS on every connection." "Layer 4"
            secKeyManagement = element "Key Management (Vault)" "Security Control" "Keys and secrets held in Vault." "Layer 4"
            secDataMasking = element "Data Masking" "Security Control" "Masks sensitive fields outside their owners' view." "Layer 4"
        }
        group "Layer 5: Monitoring & Response" {
            secSiem = element "SIEM (Splunk)" "Security Control" "Correlates security events." "Layer 5"
            secIdsIps = element "IDS/IPS (Snort)" "Security Control" "Detects and blocks intrusions on the network." "Layer 5"
            secAuditLogging = element "Audit Logging" "Security Control" "Tamper-evident record of security-relevant actions." "Layer 5"
            secThreatDetection = element "Threat Detection" "Security Control" "Detects anomalous behaviour across the platform." "Layer 5"
        }

        # ===================================================== static relationships

        # Defense-in-Depth Layers (the seed draws these arrows without labels)
        secWaf -> secNetworkPolicies "Passes filtered requests on to" "" "Unlabelled"
        secDdos -> secNetworkPolicies "Passes scrubbed traffic on to" "" "Unlabelled"
        secRateLimiting -> secOauthGateway "Admits requests within their quota to" "" "Unlabelled"
        secNetworkPolicies -> secRbac "Let only permitted pod traffic reach" "" "Unlabelled"
        secOauthGateway -> secEncryptionInTransit "Forwards authenticated requests over TLS provided by" "" "Unlabelled"
        secRbac -> secEncryptionAtRest "Guards access to the data protected by" "" "Unlabelled"
        secEncryptionAtRest -> secSiem "Reports key and data access events to" "" "Unlabelled"
        secKeyManagement -> secAuditLogging "Records every key and secret access in" "" "Unlabelled"

        # Monitoring Stack
        web -> exporters "/metrics"
        engine -> exporters "/metrics"
        ai -> exporters "/metrics"
        marketplace -> exporters "/metrics"
        exporters -> prometheus "scrape every 15s"
        prometheus -> tsdb "store"
        web -> fluentBit "stdout/stderr"
        engine -> fluentBit "stdout/stderr"
        ai -> fluentBit "stdout/stderr"
        fluentBit -> loki "ship logs"
        loki -> logStorage "store"
        web -> otel "OTLP"
        engine -> otel "OTLP"
        ai -> otel "OTLP"
        otel -> jaeger "forward traces"
        jaeger -> traceStorage "store"
        prometheus -> grafana "data source"
        loki -> grafana "data source"
        jaeger -> grafana "data source"
        prometheus -> alertmanager "fire alerts"
        alertmanager -> pagerDuty "notify on-call"

        # CI/CD Pipeline Architecture
        developer -> gitPush "git push"
        gitPush -> github "trigger webhook"
        github -> checkout "pull code"
        checkout -> build "ant buildAll"
        build -> unitTests "ant unitTest"
        unitTests -> sast "sonarqube scan"
        sast -> dockerBuild "docker build"
        dockerBuild -> trivy "scan images"
        trivy -> pushRegistry "push to ECR/ACR/GCR"
        pushRegistry -> argocd "new image available"
        argocd -> helm "render manifests"
        helm -> manifestValidation "kubeval, kube-score"
        manifestValidation -> devCluster "auto-deploy"
        devCluster -> integrationTests "run tests"
        integrationTests -> e2eTests "playwright tests"
        e2eTests -> qaTeam "approve staging?"
        qaTeam -> stagingCluster "approved"
        stagingCluster -> loadTests "k6 load test"
        stagingCluster -> securityTests "OWASP ZAP scan"
        loadTests -> securityTeam "approve production?"
        securityTeam -> productOwner "business approval?"
        productOwner -> productionCluster "deploy to prod"

        # Global Distribution Architecture
        globalUsers -> edgeLocations "HTTPS"
        edgeLocations -> cdnDdos "filter attacks"
        cdnDdos -> cdnWaf "filter malicious traffic"
        cdnWaf -> geoDns "route to nearest region"
        geoDns -> usEastCluster "North America traffic"
        geoDns -> euWestCluster "Europe traffic"
        geoDns -> apSoutheastCluster "Asia-Pacific traffic"
        usEastCluster -> rdsUsEast1 "primary"
        usEastCluster -> rdsUsWest2 "read replica"
        euWestCluster -> rdsEuWest1 "primary"
        euWestCluster -> rdsEuCentral1 "read replica"
        apSoutheastCluster -> rdsApSoutheast1 "primary"
        apSoutheastCluster -> rdsApNortheast1 "read replica"
        rdsUsEast1 -> rdsEuWest1 "cross-region replication"
        rdsUsEast1 -> rdsApSoutheast1 "cross-region replication"

        # ================================================ runtime interactions
        # One relationship per direction; the dynamic views carry each message's
        # own text. A dashed return in a seed has no relationship of its own:
        # Structurizr renders a step against a relationship's direction as a response.

        user -> web "Launches workflows, completes tasks, asks for generated workflows and signs in" "HTTPS" "Flow"
        buyer -> web "Browses, purchases and downloads templates" "HTTPS" "Flow"
        buyer -> stripe "Enters payment details on the checkout page" "HTTPS" "Flow"
        web -> web "Manages the session and records trace spans" "" "Flow"
        web -> gateway "Sends API requests with the user's bearer token" "HTTPS" "Flow"
        web -> engine "Launches cases and completes work items" "HTTPS/JSON" "Flow"
        web -> ai "Requests generated workflows and reports deployment feedback" "HTTPS/JSON" "Flow"
        web -> marketService "Calls the marketplace API" "HTTPS/JSON" "Flow"
        gateway -> gateway "Validates tokens and records trace spans" "" "Flow"
        gateway -> auth "Delegates authentication" "" "Flow"
        gateway -> backend "Forwards authenticated requests with their claims" "" "Flow"
        gateway -> ai "Routes workflow-generation requests" "" "Flow"
        auth -> auth "Verifies passwords and signs JWTs" "" "Flow"
        auth -> userDb "Looks up user records" "SQL" "Flow"
        auth -> vault "Reads the JWT signing key" "" "Flow"
        backend -> backend "Enforces RBAC and tenant isolation" "" "Flow"
        backend -> userDb "Queries the tenant's data" "SQL" "Flow"
        engine -> engine "Validates specifications and records trace spans" "" "Flow"
        engine -> redis "Caches specifications and work items" "" "Flow"
        engine -> postgres "Reads specifications; writes cases and work items in transactions" "SQL" "Flow"
        engine -> eventBus "Publishes workflow events" "" "Flow"
        engine -> influx "Writes workflow metrics" "" "Flow"
        engine -> elastic "Indexes log entries" "" "Flow"
        eventBus -> analytics "Delivers workflow events" "" "Flow"
        eventBus -> notification "Delivers workflow events" "" "Flow"
        analytics -> postgres "Queries historical workflow data" "SQL" "Flow"
        analytics -> influx "Writes duration predictions" "" "Flow"
        notification -> user "Sends workflow e-mails" "E-mail" "Flow"
        notification -> buyer "Sends purchase confirmations" "E-mail" "Flow"
        notification -> creator "Sends sale notifications" "E-mail" "Flow"
        ai -> ai "Builds prompts, validates and parses generated XML, records trace spans" "" "Flow"
        ai -> redis "Caches generation results" "" "Flow"
        ai -> neo4j "Finds similar workflows and patterns; records new workflows and feedback" "Cypher" "Flow"
        ai -> zai "Requests YAWL XML completions" "HTTPS" "Flow"
        ai -> engine "Validates generated specifications" "" "Flow"
        ai -> postgres "Stores generated specifications" "SQL" "Flow"
        ai -> eventBus "Publishes generation events" "" "Flow"
        neo4j -> neo4j "Runs graph queries and records trace spans" "" "Flow"
        zai -> zai "Runs inference and records trace spans" "" "Flow"
        marketService -> marketService "Verifies Stripe webhook signatures" "" "Flow"
        marketService -> redis "Caches template listings and details" "" "Flow"
        marketService -> mongo "Reads and updates templates and creator accounts" "" "Flow"
        marketService -> postgres "Records and checks purchases" "SQL" "Flow"
        marketService -> stripe "Creates checkout sessions, calculates payouts and transfers creator earnings" "HTTPS" "Flow"
        marketService -> notification "Requests purchase and sale e-mails" "" "Flow"
        stripe -> stripe "Processes and charges payments" "" "Flow"
        stripe -> marketService "Reports completed checkouts" "Webhook" "Flow"
        stripe -> creator "Pays out creator earnings" "Bank transfer" "Flow"

        # ================================================== deployment

        production = deploymentEnvironment "Production" {

            # Multi-Cloud Network Topology
            internet = deploymentNode "Internet" "The public internet and the edge services in front of the platform." {
                properties {
                    "plumbline.shape" "cloud"
                }
                internetTraffic = infrastructureNode "Internet" "Client traffic arriving from the public internet." {
                    # The seed draws the traffic as the "Internet" cloud itself; the drift check reads the cloud's
                    # arrows as this node's.
                    properties {
                        "plumbline.drawnAs" "parent"
                    }
                }
                cdn = infrastructureNode "CDN" "Content delivery network caching static assets at the edge." "CloudFlare"
                edgeDdos = infrastructureNode "DDoS Protection" "Filters attack traffic before it reaches the load balancers."
            }
            awsRegion = deploymentNode "AWS Region: us-east-1" "Amazon Web Services deployment." {
                properties {
                    "plumbline.shape" "cloud"
                }
                deploymentNode "VPC: 10.0.0.0/16" "AWS virtual private cloud." {
                    properties {
                        "plumbline.shape" "rectangle"
                    }
                    deploymentNode "Public Subnet: 10.0.1.0/24" "Internet-facing subnet." {
                        properties {
                            "plumbline.shape" "rectangle"
                        }
                        albAws = infrastructureNode "ALB" "Application Load Balancer for US East traffic."
                        natAws = infrastructureNode "NAT Gateway" "Outbound internet access for the private subnet."
                    }
                    deploymentNode "Private Subnet: 10.0.2.0/24" "Subnet for the Kubernetes workloads." {
                        properties {
                            "plumbline.shape" "rectangle"
                        }
                        eks = infrastructureNode "EKS Cluster" "Managed Kubernetes control plane and node groups."
                        appAws = infrastructureNode "App Pods" "The platform's service pods on EKS."
                    }
                    deploymentNode "Data Subnet: 10.0.3.0/24" "Isolated subnet for the managed data stores." {
                        properties {
                            "plumbline.shape" "rectangle"
                        }
                        rdsAws = infrastructureNode "RDS PostgreSQL" "Managed PostgreSQL." "" "Database"
                        redisAws = infrastructureNode "ElastiCache Redis" "Managed Redis cache." "" "Database"
                    }
                }
            }
            azureRegion = deploymentNode "Azure Region: eastus" "Microsoft Azure deployment." {
                properties {
                    "plumbline.shape" "cloud"
                }
                deploymentNode "VNet: 10.1.0.0/16" "Azure virtual network." {
                    properties {
                        "plumbline.shape" "rectangle"
                    }
                    deploymentNode "Public Subnet: 10.1.1.0/24" "Internet-facing subnet." {
                        properties {
                            "plumbline.shape" "rectangle"
                        }
                        appGateway = infrastructureNode "App Gateway" "Azure Application Gateway for EU traffic."
                        natAzure = infrastructureNode "NAT Gateway" "Outbound internet access for the private subnet."
                    }
                    deploymentNode "Private Subnet: 10.1.2.0/24" "Subnet for the Kubernetes workloads." {
                        properties {
                            "plumbline.shape" "rectangle"
                        }
                        aks = infrastructureNode "AKS Cluster" "Managed Kubernetes on Azure."
                        appAzure = infrastructureNode "App Pods" "The platform's service pods on AKS."
                    }
                    deploymentNode "Data Subnet: 10.1.3.0/24" "Isolated subnet for the managed data stores." {
                        properties {
                            "plumbline.shape" "rectangle"
                        }
                        pgAzure = infrastructureNode "PostgreSQL Flexible" "Azure Database for PostgreSQL flexible server." "" "Database"
                        redisAzure = infrastructureNode "Azure Cache for Redis" "Managed Redis cache." "" "Database"
                    }
                }
            }
            gcpRegion = deploymentNode "GCP Region: us-central1" "Google Cloud deployment." {
                properties {
                    "plumbline.shape" "cloud"
                }
                deploymentNode "VPC: 10.2.0.0/16" "Google Cloud VPC network." {
                    properties {
                        "plumbline.shape" "rectangle"
                    }
                    deploymentNode "Public Subnet: 10.2.1.0/24" "Internet-facing subnet." {
                        properties {
                            "plumbline.shape" "rectangle"
                        }
                        lbGcp = infrastructureNode "Cloud Load Balancer" "Google Cloud load balancer for APAC traffic."
                        natGcp = infrastructureNode "Cloud NAT" "Outbound internet access for the private subnet."
                    }
                    deploymentNode "Private Subnet: 10.2.2.0/24" "Subnet for the Kubernetes workloads." {
                        properties {
                            "plumbline.shape" "rectangle"
                        }
                        gke = infrastructureNode "GKE Cluster" "Managed Kubernetes on Google Cloud."
                        appGcp = infrastructureNode "App Pods" "The platform's service pods on GKE."
                    }
                    deploymentNode "Data Subnet: 10.2.3.0/24" "Isolated subnet for the managed data stores." {
                        properties {
                            "plumbline.shape" "rectangle"
                        }
                        cloudSql = infrastructureNode "Cloud SQL" "Managed PostgreSQL on Google Cloud." "" "Database"
                        redisGcp = infrastructureNode "Memorystore Redis" "Managed Redis cache." "" "Database"
                    }
                }
            }
            trafficManager = deploymentNode "Traffic Manager" "Global traffic steering across the three clouds." {
                properties {
                    "plumbline.shape" "cloud"
                }
                gslb = infrastructureNode "Global Load Balancer" "Sends each user to the cloud serving their geography." "GeoDNS"
            }

            # Service Mesh Architecture
            meshCluster = deploymentNode "Kubernetes Cluster" "Production Kubernetes cluster running the Istio service mesh." {
                properties {
                    "plumbline.shape" "rectangle"
                }
                deploymentNode "Istio Control Plane" "Istio control-plane components." {
                    properties {
                        "plumbline.shape" "rectangle"
                    }
                    pilot = infrastructureNode "Pilot" "Pushes routing configuration to the Envoy sidecars."
                    citadel = infrastructureNode "Citadel" "Issues and rotates the sidecars' mTLS certificates."
                    galley = infrastructureNode "Galley" "Validates and distributes mesh configuration."
                }
                deploymentNode "Namespace: yawl-prod" "Namespace of the production workloads." {
                    properties {
                        "plumbline.shape" "rectangle"
                    }
                    deploymentNode "AI Orchestrator Pod" "Pod of the AI Orchestrator with its sidecar." {
                        properties {
                            "plumbline.shape" "component"
                        }
                        aiApp = infrastructureNode "AI App" "The AI Orchestrator application container."
                        aiEnvoy = infrastructureNode "Envoy Sidecar" "Envoy proxy handling the pod's traffic."
                    }
                    deploymentNode "Workflow Engine Pod" "Pod of the Workflow Engine with its sidecar." {
                        properties {
                            "plumbline.shape" "component"
                        }
                        engineApp = infrastructureNode "Engine App" "The Workflow Engine application container."
                        engineEnvoy = infrastructureNode "Envoy Sidecar" "Envoy proxy handling the pod's traffic."
                    }
                    deploymentNode "Marketplace Pod" "Pod of the Marketplace with its sidecar." {
                        properties {
                            "plumbline.shape" "component"
                        }
                        marketApp = infrastructureNode "Market App" "The Marketplace application container."
                        marketEnvoy = infrastructureNode "Envoy Sidecar" "Envoy proxy handling the pod's traffic."
                    }
                }
                ingress = infrastructureNode "Ingress Gateway" "Istio ingress gateway admitting external traffic into the mesh."
            }

            # Backup & Disaster Recovery Architecture
            primaryRegion = deploymentNode "Primary Region (us-east-1)" "Region serving production traffic." {
                properties {
                    "plumbline.shape" "rectangle"
                }
                pgPrimary = infrastructureNode "PostgreSQL Primary" "Primary PostgreSQL instance." "" "Database"
                mongoPrimary = infrastructureNode "MongoDB Primary" "Primary of the MongoDB replica set." "" "Database"
                redisPrimary = infrastructureNode "Redis Primary" "Primary Redis instance." "" "Database"
                ebsSnapshots = infrastructureNode "EBS Snapshots" "Block-storage snapshots of the PostgreSQL volumes." {
                    properties {
                        "plumbline.shape" "storage"
                    }
                }
                s3Backup = infrastructureNode "S3 Bucket (Backups)" "Object storage for dumps, archived WAL and snapshots." {
                    properties {
                        "plumbline.shape" "storage"
                    }
                }
            }
            secondaryRegion = deploymentNode "Secondary Region (us-west-2)" "Disaster-recovery region." {
                properties {
                    "plumbline.shape" "rectangle"
                }
                pgStandby = infrastructureNode "PostgreSQL Standby" "Asynchronously replicated PostgreSQL standby." "" "Database"
                mongoSecondary = infrastructureNode "MongoDB Secondary" "Secondary member of the MongoDB replica set." "" "Database"
                redisReplica = infrastructureNode "Redis Replica" "Redis replica." "" "Database"
                s3Replica = infrastructureNode "S3 Bucket (Replica)" "Cross-region replica of the backup bucket." {
                    properties {
                        "plumbline.shape" "storage"
                    }
                }
            }
            backupProcesses = deploymentNode "Backup Processes" "Scheduled and continuous backup jobs." {
                properties {
                    "plumbline.shape" "rectangle"
                }
                walArchiving = infrastructureNode "Continuous WAL Archiving" "Streams PostgreSQL write-ahead log to the standby and the backup bucket."
                dailyBackup = infrastructureNode "Daily Full Backup" "Nightly compressed pg_dump."
                hourlyBackup = infrastructureNode "Hourly Incremental" "Hourly pg_basebackup captured as an EBS snapshot."
                pitr = infrastructureNode "Point-in-Time Recovery" "Restores PostgreSQL to any moment within the retention window."
            }

            # Auto-Scaling Architecture
            metricsSource = deploymentNode "Metrics Source" "Where the scaling metrics come from." {
                properties {
                    "plumbline.shape" "rectangle"
                }
                prometheusInstance = containerInstance prometheus
                metricsServer = infrastructureNode "Metrics Server" "Kubernetes resource-metrics pipeline (CPU, memory)."
            }
            scalingDecision = deploymentNode "Scaling Decision" "Controllers deciding replica counts." {
                properties {
                    "plumbline.shape" "rectangle"
                }
                hpa = infrastructureNode "HPA Controller" "Kubernetes Horizontal Pod Autoscaler."
                customMetricsApi = infrastructureNode "Custom Metrics API" "Serves Prometheus metrics to the HPA."
                keda = infrastructureNode "KEDA" "Event-driven autoscaler; scales to zero and back on queue depth."
            }
            workloads = deploymentNode "Workloads" "The autoscaled deployments." {
                properties {
                    "plumbline.shape" "rectangle"
                }
                engineInstance = containerInstance engine {
                    perspectives {
                        "Replica bounds" "Minimum and maximum replicas the autoscalers may set." "min: 5, max: 50"
                    }
                }
                aiInstance = containerInstance ai {
                    perspectives {
                        "Replica bounds" "Minimum and maximum replicas the autoscalers may set." "min: 3, max: 20"
                    }
                }
                marketplaceInstance = containerInstance marketplace {
                    perspectives {
                        "Replica bounds" "Minimum and maximum replicas the autoscalers may set." "min: 2, max: 10"
                    }
                }
            }
            scalingTriggers = deploymentNode "Scaling Triggers" "Conditions that start a scale-out." {
                properties {
                    "plumbline.shape" "rectangle"
                }
                cpuTrigger = infrastructureNode "CPU > 70%" "Average CPU utilisation above 70%." "" "Scaling Trigger"
                memoryTrigger = infrastructureNode "Memory > 80%" "Average memory utilisation above 80%." "" "Scaling Trigger"
                queueTrigger = infrastructureNode "Queue Depth > 100" "More than 100 messages waiting in the work queue." "" "Scaling Trigger"
                rateTrigger = infrastructureNode "Request Rate > 1000/s" "More than 1000 requests per second." "" "Scaling Trigger"
            }

            # Multi-Cloud Network Topology
            internetTraffic -> cdn "Sends client requests to" "" "Unlabelled"
            cdn -> edgeDdos "Passes uncached requests through" "" "Unlabelled"
            edgeDdos -> gslb "Forwards clean traffic to" "" "Unlabelled"
            gslb -> albAws "US East traffic"
            gslb -> appGateway "EU traffic"
            gslb -> lbGcp "APAC traffic"
            albAws -> eks "Routes US East requests into" "" "Unlabelled"
            appGateway -> aks "Routes EU requests into" "" "Unlabelled"
            lbGcp -> gke "Routes APAC requests into" "" "Unlabelled"
            eks -> appAws "Schedules and runs" "" "Unlabelled"
            aks -> appAzure "Schedules and runs" "" "Unlabelled"
            gke -> appGcp "Schedules and runs" "" "Unlabelled"
            appAws -> rdsAws "Store relational data in" "" "Unlabelled"
            appAws -> redisAws "Cache data in" "" "Unlabelled"
            appAzure -> pgAzure "Store relational data in" "" "Unlabelled"
            appAzure -> redisAzure "Cache data in" "" "Unlabelled"
            appGcp -> cloudSql "Store relational data in" "" "Unlabelled"
            appGcp -> redisGcp "Cache data in" "" "Unlabelled"
            appAws -> natAws "Outbound traffic"
            appAzure -> natAzure "Outbound traffic"
            appGcp -> natGcp "Outbound traffic"

            # Service Mesh Architecture
            pilot -> aiEnvoy "configure routes"
            pilot -> engineEnvoy "configure routes"
            pilot -> marketEnvoy "configure routes"
            citadel -> aiEnvoy "mTLS certificates"
            citadel -> engineEnvoy "mTLS certificates"
            citadel -> marketEnvoy "mTLS certificates"
            ingress -> aiEnvoy "mTLS"
            aiEnvoy -> aiApp "http"
            aiEnvoy -> engineEnvoy "mTLS"
            engineEnvoy -> engineApp "http"
            aiEnvoy -> marketEnvoy "mTLS"
            marketEnvoy -> marketApp "http"

            # Backup & Disaster Recovery Architecture
            pgPrimary -> walArchiving "streaming replication"
            walArchiving -> pgStandby "async replication"
            walArchiving -> s3Backup "archive WAL logs"
            pgPrimary -> dailyBackup "pg_dump (00:00 UTC)"
            dailyBackup -> s3Backup "upload compressed dump"
            pgPrimary -> hourlyBackup "pg_basebackup"
            hourlyBackup -> ebsSnapshots "EBS snapshot"
            s3Backup -> s3Replica "cross-region replication"
            mongoPrimary -> mongoSecondary "replica set"
            mongoPrimary -> s3Backup "mongodump (daily)"
            redisPrimary -> redisReplica "replication"
            redisPrimary -> s3Backup "RDB snapshot (hourly)"

            # Auto-Scaling Architecture
            prometheusInstance -> customMetricsApi "query metrics"
            metricsServer -> hpa "resource metrics"
            customMetricsApi -> hpa "custom metrics"
            cpuTrigger -> hpa "scale trigger"
            memoryTrigger -> hpa "scale trigger"
            queueTrigger -> keda "scale trigger"
            rateTrigger -> hpa "scale trigger"
            hpa -> engineInstance "scale replicas"
            hpa -> aiInstance "scale replicas"
            hpa -> marketplaceInstance "scale replicas"
            keda -> engineInstance "scale to zero / scale up"
        }
    }

    views {
        deployment * production "yawl-network-architecture" {
            title "Multi-Cloud Network Topology"
            description "Internet edge, global traffic steering and the three cloud regions with their VPC subnets."
            include internet awsRegion azureRegion gcpRegion trafficManager
            properties {
                "plumbline.seed" "001 Multi-Cloud Network Topology"
                "plumbline.theme" "plain"
            }
        }

        custom "yawl-security-architecture" "Defense-in-Depth Layers" "The five layers of security controls and how they hand over to each other." {
            include secWaf secDdos secRateLimiting secIpFilter
            include secNetworkPolicies secFirewallRules secVpnGateway secPrivateLink
            include secOauthGateway secJwtValidation secRbac secMtls
            include secEncryptionAtRest secEncryptionInTransit secKeyManagement secDataMasking
            include secSiem secIdsIps secAuditLogging secThreatDetection
            properties {
                "plumbline.seed" "001 Defense-in-Depth Layers"
                "plumbline.theme" "plain"
            }
        }

        dynamic yawl "yawl-auth-flow" {
            title "Authentication & Authorization Flow"
            description "Login with OAuth2/JWT, then an authenticated request with RBAC and tenant isolation."
            user -> web "Login (email, password)"
            web -> gateway "POST /auth/login"
            gateway -> auth "authenticate(credentials)"
            auth -> userDb "SELECT * FROM users WHERE email=?"
            userDb -> auth "User record"
            auth -> auth "bcrypt.verify(password, passwordHash)"
            auth -> auth "Generate JWT token"
            // plumbline: note right: JWT contains:\n- sub: userId\n- tenant: tenantId\n- roles: [admin, user]\n- exp: 1h
            auth -> gateway "{accessToken, refreshToken}"
            gateway -> web "Tokens"
            web -> web "Store in httpOnly cookie"
            // plumbline: == Authenticated Request ==
            user -> web "GET /api/workflows"
            web -> gateway "GET /api/workflows\nAuthorization: Bearer <token>"
            gateway -> gateway "Validate JWT signature"
            gateway -> gateway "Check token expiration"
            gateway -> gateway "Extract claims (userId, tenantId, roles)"
            gateway -> backend "Forward request + claims"
            backend -> backend "Check RBAC permissions"
            // plumbline: note right: Rules:\n- admin: all operations\n- user: read own workflows\n- viewer: read only
            backend -> backend "Apply tenant isolation"
            backend -> userDb "Query tenant's data only"
            userDb -> backend "Workflows"
            backend -> gateway "Response"
            gateway -> web "Workflows"
            web -> user "Display workflows"
            properties {
                "plumbline.seed" "001 Authentication & Authorization Flow"
                "plumbline.theme" "plain"
                "plumbline.perspective" "Authentication"
                "plumbline.perspective.format" "({value})"
                "plumbline.participants" "user, web, gateway, auth, userDb, vault, backend"
            }
        }

        dynamic yawl "yawl-workflow-execution-data-flow" {
            title "Workflow Execution Data Flow"
            description "Launching a case, the background consumers of its events, and completing a work item."
            user -> web "Launch workflow"
            web -> engine "POST /api/cases\n{specId, caseData}"
            engine -> redis "CHECK cache:spec:{specId}"
            redis -> engine "null (cache miss)"
            engine -> postgres "SELECT * FROM specifications WHERE id=?"
            postgres -> engine "YSpecification"
            engine -> redis "SET cache:spec:{specId} (TTL 1h)"
            engine -> postgres "BEGIN TRANSACTION"
            engine -> postgres "INSERT INTO cases (id, specId, data, status)"
            engine -> postgres "INSERT INTO work_items (id, caseId, taskId, status)"
            engine -> postgres "COMMIT TRANSACTION"
            postgres -> engine "caseId"
            engine -> eventBus "PUBLISH workflow.started\n{caseId, specId, tenantId}"
            engine -> influx "WRITE workflow_started\n{caseId, timestamp, tenantId}"
            engine -> elastic "INDEX log\n{level: INFO, message: \"Workflow started\"}"
            engine -> web "{caseId, status: \"running\"}"
            web -> user "Workflow running"
            // plumbline: == Background Processing ==
            eventBus -> analytics "CONSUME workflow.started"
            analytics -> postgres "Query historical data"
            analytics -> influx "WRITE prediction\n{caseId, estimatedDuration}"
            eventBus -> notification "CONSUME workflow.started"
            notification -> user "📧 Email: \"Workflow started\""
            // plumbline: == Work Item Completion ==
            user -> web "Complete task"
            web -> engine "POST /api/work-items/{id}/complete\n{outputData}"
            engine -> postgres "BEGIN TRANSACTION"
            engine -> postgres "UPDATE work_items SET status='completed', data=?"
            engine -> postgres "INSERT INTO work_items (next task)"
            engine -> postgres "COMMIT TRANSACTION"
            engine -> redis "DEL cache:workitem:{id}"
            engine -> eventBus "PUBLISH workitem.completed"
            engine -> influx "WRITE workitem_duration\n{taskId, duration}"
            engine -> elastic "INDEX log"
            engine -> web "{status: \"completed\"}"
            properties {
                "plumbline.seed" "001 Workflow Execution Data Flow"
                "plumbline.participants" "user, web, engine, postgres, redis, influx, elastic, eventBus, analytics, notification"
                "plumbline.theme" "plain"
                "plumbline.perspective" "Workflow execution"
                "plumbline.perspective.format" "({value})"
            }
        }

        dynamic yawl "yawl-ai-generation-data-flow" {
            title "AI Workflow Generation Data Flow"
            description "Generating a workflow from an intent with the knowledge graph and Z.AI, then deploying it and feeding the result back."
            user -> web "\"Create invoice approval workflow\""
            web -> ai "POST /api/ai/generate\n{intent: \"invoice approval workflow\"}"
            ai -> redis "CHECK cache:generation:{hash(intent)}"
            redis -> ai "null (cache miss)"
            ai -> neo4j "MATCH (w:Workflow)\nWHERE w.description CONTAINS 'invoice'"
            // plumbline: note right: Cypher query finds similar\nworkflows from knowledge graph
            neo4j -> ai "Similar workflows [w1, w2, w3]"
            ai -> neo4j "MATCH (w1)-[:USES]->(p:Pattern)"
            neo4j -> ai "Common patterns [approval, notification, escalation]"
            ai -> ai "Build prompt:\n- User intent\n- Similar workflows\n- Best practices\n- YAWL schema"
            ai -> zai "POST /v4/chat/completions\n{prompt, model: \"glm-4.7-flash\"}"
            // plumbline: note right: Prompt engineering:\n- System: "You are a YAWL expert"\n- Context: Similar workflows\n- Task: Generate YAWL XML\n- Constraints: Valid schema
            zai -> ai "YAWL XML"
            ai -> ai "Validate against YAWL Schema 4.0"
            ai -> ai "Parse XML → YSpecification object"
            ai -> engine "POST /api/specifications/validate"
            engine -> engine "YSpecification.validate()"
            engine -> ai "Validation result: OK"
            ai -> postgres "INSERT INTO specifications (id, xml, generatedBy='AI')"
            postgres -> ai "specId"
            ai -> neo4j "CREATE (w:Workflow {id, description, generatedBy='AI'})"
            ai -> neo4j "CREATE (w)-[:SIMILAR_TO]->(w1)"
            ai -> neo4j "CREATE (w)-[:USES]->(p:Pattern {type: 'approval'})"
            neo4j -> ai "Nodes created"
            ai -> redis "SET cache:generation:{hash(intent)} = specId (TTL 24h)"
            ai -> eventBus "PUBLISH ai.workflow.generated\n{specId, intent, userId}"
            ai -> web "{specId, preview, estimatedAccuracy: 0.95}"
            web -> user "\"Workflow created! Review & deploy\""
            // plumbline: == User Reviews & Deploys ==
            user -> web "\"Deploy workflow\""
            web -> engine "POST /api/cases/launch\n{specId, caseData}"
            engine -> postgres "INSERT INTO cases"
            engine -> web "caseId"
            web -> ai "POST /api/ai/feedback\n{specId, action: 'deployed'}"
            // plumbline: note right: Feedback loop:\nDeployment = positive signal\nEdit/reject = negative signal
            ai -> neo4j "MATCH (w:Workflow {id: specId})\nSET w.deployedCount += 1"
            ai -> neo4j "MATCH (w)-[:USES]->(p:Pattern)\nSET p.successRate += 1"
            neo4j -> ai "Updated"
            properties {
                "plumbline.seed" "001 AI Workflow Generation Data Flow"
                "plumbline.participants" "user, web, ai, neo4j, redis, zai, engine, postgres, eventBus"
                "plumbline.theme" "plain"
                "plumbline.perspective" "AI generation"
                "plumbline.perspective.format" "({value})"
            }
        }

        dynamic marketplace "yawl-marketplace-data-flow" {
            title "Marketplace Transaction Data Flow"
            description "Browsing, purchasing (with the creator payout) and downloading a workflow template."
            buyer -> web "Browse templates (category: \"finance\")"
            web -> marketService "GET /api/templates?category=finance"
            marketService -> redis "CHECK cache:templates:finance"
            redis -> marketService "[template list] (cache hit)"
            marketService -> web "Templates"
            web -> buyer "Show 20 finance templates"
            buyer -> web "Click template details"
            web -> marketService "GET /api/templates/{id}"
            marketService -> redis "CHECK cache:template:{id}"
            redis -> marketService "null (cache miss)"
            marketService -> mongo "db.templates.findOne({_id: id})"
            mongo -> marketService "Template document"
            marketService -> redis "SET cache:template:{id} (TTL 1h)"
            marketService -> web "Template details"
            web -> buyer "Show preview, reviews, stats"
            buyer -> web "Click \"Purchase\" ($99.99)"
            web -> marketService "POST /api/purchases\n{templateId, buyerId}"
            marketService -> postgres "SELECT * FROM purchases WHERE buyerId=? AND templateId=?"
            postgres -> marketService "null (not purchased yet)"
            marketService -> mongo "db.templates.findOne({_id: templateId})"
            mongo -> marketService "{price: 9999} (cents)"
            marketService -> stripe "stripe.checkout.sessions.create()\n{amount: 9999, metadata: {templateId, buyerId}}"
            stripe -> marketService "{id: \"cs_xxx\", url: \"https://checkout.stripe.com/...\"}"
            marketService -> web "{checkoutUrl}"
            web -> buyer "Redirect to Stripe"
            buyer -> stripe "Enter payment info (card number, etc.)"
            stripe -> stripe "Process payment"
            stripe -> stripe "Charge $99.99"
            stripe -> marketService "Webhook: checkout.session.completed\n{paymentIntentId, metadata}"
            marketService -> marketService "Verify webhook signature"
            marketService -> postgres "BEGIN TRANSACTION"
            marketService -> postgres "INSERT INTO purchases (id, templateId, buyerId, price, stripeId)"
            marketService -> mongo "db.templates.updateOne(\n{_id: templateId},\n{$inc: {downloads: 1}})"
            marketService -> postgres "COMMIT TRANSACTION"
            marketService -> stripe "Calculate payout:\n$99.99 × 0.70 = $69.99 (creator)\n$99.99 × 0.30 = $30.00 (platform)"
            marketService -> mongo "db.creators.findOne({templateId: templateId})"
            mongo -> marketService "{stripeAccountId: \"acct_creator\"}"
            marketService -> stripe "stripe.transfers.create()\n{amount: 6999, destination: \"acct_creator\"}"
            stripe -> creator "Transfer $69.99 to bank account"
            stripe -> marketService "Transfer successful"
            marketService -> redis "DEL cache:template:{templateId}"
            // plumbline: note right: Invalidate cache (download count changed)
            marketService -> notification "sendEmail(buyer, \"purchase_confirmation\")"
            marketService -> notification "sendEmail(creator, \"sale_notification\")"
            notification -> buyer "📧 \"Thank you for your purchase!\""
            notification -> creator "📧 \"You earned $69.99!\""
            marketService -> web "Purchase complete"
            web -> buyer "\"Download your template\""
            buyer -> web "Click \"Download\""
            web -> marketService "GET /api/templates/{id}/download"
            marketService -> postgres "SELECT * FROM purchases WHERE buyerId=? AND templateId=?"
            postgres -> marketService "Purchase record ✓"
            marketService -> mongo "db.templates.findOne({_id: templateId})"
            mongo -> marketService "{yawlSpec: \"<xml>...</xml>\"}"
            marketService -> web "{yawlSpec}"
            web -> buyer "Download YAWL file"
            properties {
                "plumbline.seed" "001 Marketplace Transaction Data Flow"
                "plumbline.participants" "buyer, creator, web, marketService, mongo, stripe, postgres, notification, redis"
                "plumbline.theme" "plain"
                "plumbline.perspective" "Marketplace transaction"
                "plumbline.perspective.format" "({value})"
                "plumbline.step.23.arrow" "dashed"
                "plumbline.step.40.arrow" "dashed"
            }
        }

        container yawl "yawl-observability-architecture" {
            title "Monitoring Stack"
            description "Metrics, logging and tracing pipelines feeding Grafana and alerting."
            include web engine ai marketplace
            include prometheus exporters tsdb
            include fluentBit loki logStorage
            include otel jaeger traceStorage
            include grafana alertmanager pagerDuty
            exclude "relationship.tag==Flow"
            properties {
                "plumbline.seed" "001 Monitoring Stack"
                "plumbline.theme" "plain"
            }
        }

        dynamic yawl "yawl-distributed-trace" {
            title "Distributed Tracing Example"
            description "The spans of one AI workflow-generation request across five services."
            // plumbline: note over user, engine: Trace ID: 123e4567-e89b-12d3-a456-426614174000\nRoot Span: http-request
            user -> web "POST /workflows/generate"
            // plumbline: activate web #lightblue
            web -> web "span.start(\"http-request\")"
            web -> web "span.setAttribute(\"user.id\", userId)"
            web -> gateway "POST /api/ai/generate"
            // plumbline: activate gateway #lightgreen
            gateway -> gateway "span.start(\"api-route\", parent: \"http-request\")"
            gateway -> gateway "span.setAttribute(\"tenant.id\", tenantId)"
            gateway -> ai "generateWorkflow(intent)"
            // plumbline: activate ai #lightyellow
            ai -> ai "span.start(\"generate-workflow\", parent: \"api-route\")"
            ai -> ai "span.setAttribute(\"intent\", intent)"
            ai -> neo4j "MATCH (w:Workflow) WHERE ..."
            // plumbline: activate neo4j #lightpink
            neo4j -> neo4j "span.start(\"graph-query\", parent: \"generate-workflow\")"
            neo4j -> neo4j "Execute Cypher query (45ms)"
            neo4j -> neo4j "span.end(duration: 45ms)"
            // plumbline: deactivate neo4j
            ai -> zai "POST /v4/chat/completions"
            // plumbline: activate zai #lightgray
            zai -> zai "span.start(\"ai-completion\", parent: \"generate-workflow\")"
            zai -> zai "AI inference (2,340ms)"
            zai -> zai "span.end(duration: 2340ms)"
            // plumbline: deactivate zai
            ai -> engine "validateSpecification(spec)"
            // plumbline: activate engine #lightcyan
            engine -> engine "span.start(\"validate-spec\", parent: \"generate-workflow\")"
            engine -> engine "Schema validation (120ms)"
            engine -> engine "span.end(duration: 120ms)"
            // plumbline: deactivate engine
            ai -> ai "span.end(duration: 2600ms)"
            // plumbline: deactivate ai
            gateway -> gateway "span.end(duration: 2650ms)"
            // plumbline: deactivate gateway
            web -> web "span.end(duration: 2700ms)"
            // plumbline: deactivate web
            // plumbline: note over user, engine: Total Duration: 2.7 seconds\n- Graph query: 45ms (1.6%)\n- AI completion: 2,340ms (86.7%)\n- Validation: 120ms (4.4%)\n- Overhead: 195ms (7.2%)\n\nBottleneck: AI completion\nOptimization: Cache similar requests
            properties {
                "plumbline.seed" "001 Distributed Tracing Example"
                "plumbline.participants" "user, web, gateway, ai, zai, neo4j, engine"
                "plumbline.theme" "plain"
                "plumbline.perspective" "Trace span"
                "plumbline.perspective.format" "[span: {value}]"
            }
        }

        container delivery "yawl-cicd-pipeline" {
            title "CI/CD Pipeline Architecture"
            description "From a git push through GitHub Actions and ArgoCD to the dev, staging and production clusters, with approval gates."
            include developer gitPush github
            include checkout build unitTests sast dockerBuild trivy pushRegistry
            include argocd helm manifestValidation applyK8s
            include devCluster stagingCluster productionCluster
            include integrationTests e2eTests loadTests securityTests
            include qaTeam securityTeam productOwner
            properties {
                "plumbline.seed" "001 CI/CD Pipeline Architecture"
                "plumbline.theme" "plain"
            }
        }

        deployment * production "yawl-service-mesh" {
            title "Service Mesh Architecture"
            description "Istio control plane, Envoy sidecars and mTLS between the production pods."
            include meshCluster
            properties {
                "plumbline.seed" "001 Service Mesh Architecture"
                "plumbline.theme" "plain"
                "plumbline.note.1" "right of aiEnvoy: Envoy features:\n- Load balancing\n- Circuit breaking\n- Retry policies\n- Rate limiting\n- mTLS encryption\n- Distributed tracing\n- Metrics collection"
            }
        }

        deployment * production "yawl-backup-dr-architecture" {
            title "Backup & Disaster Recovery Architecture"
            description "Replication and backup paths from the primary to the secondary region."
            include primaryRegion secondaryRegion backupProcesses
            properties {
                "plumbline.seed" "001 Backup & Disaster Recovery Architecture"
                "plumbline.theme" "plain"
                "plumbline.note.1" "right of pitr: Recovery Objectives:\n- RPO: 5 minutes (WAL archiving)\n- RTO: 15 minutes (automated failover)\n\nRetention:\n- Daily: 30 days\n- Weekly: 12 weeks\n- Monthly: 12 months\n- Yearly: 7 years"
            }
        }

        deployment * production "yawl-auto-scaling" {
            title "Auto-Scaling Architecture"
            description "Metrics and triggers driving the HPA and KEDA, with each workload's replica bounds."
            include metricsSource scalingDecision workloads scalingTriggers
            exclude "relationship.tag==Flow"
            properties {
                "plumbline.seed" "001 Auto-Scaling Architecture"
                "plumbline.theme" "plain"
                "plumbline.perspective" "Replica bounds"
                "plumbline.perspective.format" "({value})"
                "plumbline.note.1" "right of engineInstance: Scaling Policies:\n- Scale up: 2 replicas at a time\n- Scale down: 1 replica every 5 min\n- Cooldown: 3 minutes\n- Metrics window: 30 seconds"
            }
        }

        container yawl "yawl-global-distribution" {
            title "Global Distribution Architecture"
            description "CloudFlare edge, GeoDNS routing and the three geographic regions with their database replicas."
            include globalUsers edgeLocations cdnDdos cdnWaf geoDns
            include usEastCluster usWestCluster rdsUsEast1 rdsUsWest2
            include euWestCluster euCentralCluster rdsEuWest1 rdsEuCentral1
            include apSoutheastCluster apNortheastCluster rdsApSoutheast1 rdsApNortheast1
            properties {
                "plumbline.seed" "001 Global Distribution Architecture"
                "plumbline.theme" "plain"
                "plumbline.note.1" "right of geoDns: Routing Policy:\n- Latency-based routing\n- Health checks every 30s\n- Automatic failover\n- 99.99% uptime SLA\n\nData Sovereignty:\n- EU data stays in EU\n- GDPR compliance\n- Regional data residency"
            }
        }

        styles {
            element "Person" {
                shape Person
            }
            element "Database" {
                shape Cylinder
            }
            element "Queue" {
                shape Pipe
            }
            element "External" {
                background #999999
                color #ffffff
            }
            element "Layer 1" {
                background #ADD8E6
            }
            element "Layer 2" {
                background #90EE90
            }
            element "Layer 3" {
                background #FFFFE0
            }
            element "Layer 4" {
                background #FFB6C1
            }
            element "Layer 5" {
                background #D3D3D3
            }
            element "Group:Layer 1: Perimeter Security" {
                background #ADD8E6
            }
            element "Group:Layer 2: Network Security" {
                background #90EE90
            }
            element "Group:Layer 3: Application Security" {
                background #FFFFE0
            }
            element "Group:Layer 4: Data Security" {
                background #FFB6C1
            }
            element "Group:Layer 5: Monitoring & Response" {
                background #D3D3D3
            }
        }
    }
}
