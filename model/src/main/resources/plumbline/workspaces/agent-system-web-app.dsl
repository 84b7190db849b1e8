/*
 * Agent System Web App: the model behind seed 003 ("System Architecture Diagrams").
 * One view per seed diagram; see docs/model-conventions.md, section "Agent System Web App".
 *
 * The seed's nine Mermaid diagrams were drawn independently: they reuse node ids (API, Queue, DB,
 * Cache) for different things, and name one thing differently in different diagrams ("Authentication"
 * in the architecture overview, "Auth" in the sequence diagrams). A Structurizr element has one name
 * and one group, so every distinct label in its distinct grouping is its own element, placed where it
 * belongs: the overview's containers, the agent system's and the monitoring container's components,
 * the code-level layers as custom elements, the delivery path and the scaled production topology as
 * deployment environments. Descriptions say which concept each element stands for.
 *
 * Shapes follow the seed: only nodes drawn as [( )] are tagged Database.
 */
workspace "Agent System Web App" "Web application in which users hand tasks to an agent system through an API gateway and a message queue." {

    !identifiers flat
    !impliedRelationships false

    model {
        properties {
            "structurizr.groupSeparator" "/"
        }

        User = person "User" "A person who logs in to the web app and hands tasks to the agents."
        Client = softwareSystem "Client" "Any caller of the API: the web frontend, a script or another service." "External"

        webApp = softwareSystem "Agent System Web App" "Lets users hand tasks to AI agents, follow their progress live and see the results." {

            group "Frontend" {
                UI = container "User Interface" "The React pages and components users work with."
                State = container "State Management" "Client-side application state shared by the user interface."
                WebSocket = container "WebSocket Client" "Keeps a live connection to the API gateway for task updates."
                Router = container "React Router" "Maps browser URLs to the user interface's pages."
            }

            group "Backend" {
                API = container "API Gateway" "Single entry point of the backend: authenticates requests and enqueues tasks."
                Auth = container "Authentication" "Authenticates users and validates their tokens."
                Queue = container "Message Queue" "Buffers tasks between the API gateway and the agent system."
                Agents = container "Agent System" "The agents that take tasks from the queue, process them and store the results." {
                    group "Input" {
                        Raw = component "Raw Data" "Receives the raw data a task brings in."
                        Valid = component "Validation" "Rejects malformed or incomplete input."
                        Trans = component "Transform" "Normalises validated input into the internal format."
                    }
                    group "Processing" {
                        dataQueue = component "Message Queue" "Hands transformed records to the business logic one at a time."
                        Logic = component "Business Logic" "Applies the agents' processing rules to each record."
                        dataCache = component "Cache Layer" "Keeps hot results close to the business logic and writes them through to the database."
                    }
                    group "Storage" {
                        dataDb = component "Database" "Persists the processed records."
                        Index = component "Search Index" "Makes stored records searchable."
                        Backup = component "Backup" "Copies stored records to backup storage."
                    }
                }
                Monitor = container "Monitoring" "Watches the system's health, the database and the cache." {
                    group "Data Collection" {
                        Metrics = component "System Metrics" "Collects host and service metrics."
                        Logs = component "Application Logs" "Collects the applications' log output."
                        Traces = component "Request Traces" "Collects request traces."
                    }
                    group "Processing" {
                        Aggregator = component "Metric Aggregator" "Aggregates metrics into time series."
                        Analyzer = component "Log Analyzer" "Parses and analyses log entries."
                        Tracer = component "Trace Processor" "Assembles spans into request traces."
                    }
                    group "Storage" {
                        TimeDB = component "Time Series DB" "Stores the aggregated metrics."
                        LogStore = component "Log Storage" "Stores the analysed logs."
                        TraceDB = component "Trace Storage" "Stores the processed traces."
                    }
                    group "Visualization" {
                        Dashboard = component "Monitoring Dashboard" "Charts the metrics over time."
                        Alerts = component "Alert System" "Raises alerts from log patterns."
                        Reports = component "System Reports" "Reports built from the traces."
                    }
                }
            }

            group "Storage" {
                DB = container "PostgreSQL" "Relational store of users, tasks and results." "" "Database"
                Cache = container "Redis" "In-memory store of sessions and cached results." "" "Database"
                Files = container "File Storage" "Stores files that tasks read and produce." "" "Database"
            }

            Frontend = container "Frontend" "The browser application as the authentication flow names it: collects credentials and holds the tokens."
            apiService = container "API" "The API gateway as the message flow names it: validates the caller's token, enqueues the task and returns the result."
            authService = container "Auth" "The authentication service as the sequence diagrams name it: validates tokens and credentials, stores sessions and issues tokens."
            taskQueue = container "Queue" "The message queue as the message flow names it: assigns tasks to agents and carries results back."
            Agent = container "Agent" "One agent of the agent system: queries data, checks the cache and processes a task."
            dataStore = container "DB" "The PostgreSQL database as the sequence diagrams name it."
            resultCache = container "Cache" "The Redis cache as the message flow names it."
        }

        group "Frontend Components" {
            Pages = element "Pages" "Component" "Route-level React pages."
            Components = element "Components" "Component" "Reusable React components the pages are built from."
            Hooks = element "Custom Hooks" "Component" "Custom React hooks that connect components to the store."
            Store = element "Redux Store" "Component" "The Redux store: client state and the calls to the backend."
        }
        group "Backend Services" {
            Controllers = element "Controllers" "Component" "HTTP controllers: the backend's request handlers."
            Services = element "Services" "Component" "Business services the controllers call."
            Repositories = element "Repositories" "Component" "Data access for the services."
            Entities = element "Entities" "Component" "Persistent domain entities."
        }
        group "Infrastructure" {
            Database = element "PostgreSQL" "Infrastructure" "The relational database the entities are mapped to."
            infraCache = element "Redis" "Infrastructure" "The cache the services use."
            infraQueue = element "Message Queue" "Infrastructure" "The queue the services hand work to."
        }

        Error = element "Error Detected" "Step" "An operation failed."
        Classify = element "Classify Error" "Step" "Decide whether the failure is transient."
        Retry = element "Can Retry?" "Decision" "Is the error transient, so that retrying can help?" "Decision"
        BackOff = element "Exponential Backoff" "Step" "Wait, doubling the delay on every retry."
        Attempt = element "Retry Attempt" "Step" "Run the operation again."
        Success = element "Success?" "Decision" "Did the retry succeed?" "Decision"
        MaxRetries = element "Max Retries?" "Decision" "Has the retry limit been reached?" "Decision"
        Fallback = element "Fallback Mechanism" "Step" "Degrade gracefully when the operation cannot succeed."
        Complete = element "Operation Complete" "Step" "The operation succeeded."

        deploymentEnvironment "Delivery" {
            developmentNode = deploymentNode "Development" "Where code is written, versioned and checked." {
                Git = infrastructureNode "Git Repository" "Holds the source code."
                CI = infrastructureNode "CI Pipeline" "Runs on every push."
                Tests = infrastructureNode "Test Suite" "Unit and integration tests that gate the builds."
            }
            buildNode = deploymentNode "Build" "Produces the deployable artefacts." {
                Docker = infrastructureNode "Docker Build" "Builds the server images."
                Assets = infrastructureNode "Asset Build" "Builds the frontend's static assets."
                Config = infrastructureNode "Config Generation" "Generates the servers' runtime configuration."
            }
            productionNode = deploymentNode "Production" "The running system." {
                LB = infrastructureNode "Load Balancer" "Serves the assets and spreads requests over the API servers."
                apiServers = infrastructureNode "API Servers" "Run the API gateway."
                Workers = infrastructureNode "Worker Nodes" "Run the agents."
                productionDb = infrastructureNode "Database" "The production PostgreSQL database." "" "Database"
                productionCache = infrastructureNode "Redis" "The production Redis cache." "" "Database"
            }

            Git -> CI "Triggers on every push" "" "Unlabelled"
            CI -> Tests "Runs" "" "Unlabelled"
            Tests -> Docker "Gate the server image build" "" "Unlabelled"
            Tests -> Assets "Gate the asset build" "" "Unlabelled"
            Tests -> Config "Gate the config generation" "" "Unlabelled"
            Docker -> LB "Ships images to the production servers behind" "" "Unlabelled"
            Assets -> LB "Ships static assets to" "" "Unlabelled"
            Config -> apiServers "Provides the runtime configuration of" "" "Unlabelled"
            LB -> apiServers "Forwards requests to" "" "Unlabelled"
            apiServers -> Workers "Hands tasks to" "" "Unlabelled"
            Workers -> productionDb "Read and write data in" "" "Unlabelled"
            Workers -> productionCache "Cache results in" "" "Unlabelled"
        }

        deploymentEnvironment "Production" {
            loadBalancerNode = deploymentNode "Load Balancer" "Entry tier of the scaled production setup." {
                nginxLb = infrastructureNode "NGINX Load Balancer" "Receives all incoming traffic."
                SSL = infrastructureNode "SSL Termination" "Terminates TLS and spreads requests over the API servers."
            }
            applicationTierNode = deploymentNode "Application Tier" "Identical, horizontally scaled API servers." {
                API1 = infrastructureNode "API Server 1" "First API server replica."
                API2 = infrastructureNode "API Server 2" "Second API server replica."
                API3 = infrastructureNode "API Server 3" "Third API server replica."
            }
            cacheTierNode = deploymentNode "Cache Tier" "Replicated Redis." {
                Redis1 = infrastructureNode "Redis Primary" "Takes all cache writes."
                Redis2 = infrastructureNode "Redis Replica" "Replicates the primary."
            }
            databaseTierNode = deploymentNode "Database Tier" "Replicated PostgreSQL." {
                PG1 = infrastructureNode "PostgreSQL Primary" "Takes all database writes." "" "Database"
                PG2 = infrastructureNode "PostgreSQL Replica" "Replicates the primary." "" "Database"
            }

            nginxLb -> SSL "Passes HTTPS traffic to" "" "Unlabelled"
            SSL -> API1 "Forwards requests to" "" "Unlabelled"
            SSL -> API2 "Forwards requests to" "" "Unlabelled"
            SSL -> API3 "Forwards requests to" "" "Unlabelled"
            API1 -> Redis1 "Reads and writes cached data in" "" "Unlabelled"
            API2 -> Redis1 "Reads and writes cached data in" "" "Unlabelled"
            API3 -> Redis1 "Reads and writes cached data in" "" "Unlabelled"
            Redis1 -> Redis2 "Replicates to" "" "Unlabelled"
            API1 -> PG1 "Reads and writes data in" "" "Unlabelled"
            API2 -> PG1 "Reads and writes data in" "" "Unlabelled"
            API3 -> PG1 "Reads and writes data in" "" "Unlabelled"
            PG1 -> PG2 "Streams replication to" "" "Unlabelled"
        }

        # High-Level System Architecture
        UI -> State "Reads and updates" "" "Unlabelled"
        State -> WebSocket "Sends and receives live updates through" "" "Unlabelled"
        State -> Router "Drives navigation through" "" "Unlabelled"
        WebSocket -> API "Connects to" "" "Unlabelled"
        API -> Auth "Authenticates requests with" "" "Unlabelled"
        API -> Queue "Enqueues tasks on" "" "Unlabelled"
        Queue -> Agents "Delivers tasks to" "" "Unlabelled"
        Agents -> DB "Reads and writes data in" "" "Unlabelled"
        Agents -> Cache "Caches results in" "" "Unlabelled"
        Agents -> Files "Reads and writes files in" "" "Unlabelled"
        Monitor -> DB "Watches" "" "Unlabelled"
        Monitor -> Cache "Watches" "" "Unlabelled"

        # Message Flow Architecture: the seed draws every message, returns included, as a solid arrow
        Client -> apiService "Sends requests to"
        apiService -> Client "Sends responses to"
        apiService -> authService "Validates tokens with"
        authService -> apiService "Returns token validity to"
        apiService -> taskQueue "Enqueues tasks on"
        taskQueue -> apiService "Returns task results to"
        taskQueue -> Agent "Assigns tasks to"
        Agent -> taskQueue "Returns task results to"
        Agent -> dataStore "Queries data from"
        Agent -> resultCache "Checks cached results in"
        Agent -> Agent "Processes tasks"

        # Authentication Flow
        User -> Frontend "Logs in using"
        Frontend -> User "Reports login results to"
        Frontend -> authService "Sends credentials to"
        authService -> Frontend "Sends tokens to"
        authService -> dataStore "Validates users against"
        dataStore -> authService "Returns user validity to"
        authService -> Cache "Stores sessions in"

        # Data Flow Architecture
        Raw -> Valid "Passes raw records to" "" "Unlabelled"
        Valid -> Trans "Passes valid records to" "" "Unlabelled"
        Trans -> dataQueue "Enqueues transformed records on" "" "Unlabelled"
        dataQueue -> Logic "Delivers records to" "" "Unlabelled"
        Logic -> dataCache "Writes results to" "" "Unlabelled"
        dataCache -> dataDb "Writes through to" "" "Unlabelled"
        dataDb -> Index "Feeds" "" "Unlabelled"
        dataDb -> Backup "Is copied by" "" "Unlabelled"

        # Component Interaction
        Pages -> Components "Are built from" "" "Unlabelled"
        Components -> Hooks "Use" "" "Unlabelled"
        Hooks -> Store "Read and dispatch to" "" "Unlabelled"
        Store -> Controllers "Calls the backend through" "" "Unlabelled"
        Controllers -> Services "Delegate to" "" "Unlabelled"
        Services -> Repositories "Load and save through" "" "Unlabelled"
        Repositories -> Entities "Map" "" "Unlabelled"
        Entities -> Database "Are stored in" "" "Unlabelled"
        Services -> infraCache "Cache data in" "" "Unlabelled"
        Services -> infraQueue "Hand work to" "" "Unlabelled"

        # Error Recovery Flow
        Error -> Classify "Is handed to" "" "Unlabelled"
        Classify -> Retry "Leads to" "" "Unlabelled"
        Retry -> BackOff "Yes"
        BackOff -> Attempt "Waits, then starts" "" "Unlabelled"
        Attempt -> Success "Is checked by" "" "Unlabelled"
        Success -> MaxRetries "No"
        MaxRetries -> BackOff "No"
        MaxRetries -> Fallback "Yes"
        Success -> Complete "Yes"
        Retry -> Fallback "No"

        # Monitoring System
        Metrics -> Aggregator "Feed" "" "Unlabelled"
        Logs -> Analyzer "Feed" "" "Unlabelled"
        Traces -> Tracer "Feed" "" "Unlabelled"
        Aggregator -> TimeDB "Stores time series in" "" "Unlabelled"
        Analyzer -> LogStore "Stores analysed logs in" "" "Unlabelled"
        Tracer -> TraceDB "Stores traces in" "" "Unlabelled"
        TimeDB -> Dashboard "Feeds" "" "Unlabelled"
        LogStore -> Alerts "Feeds" "" "Unlabelled"
        TraceDB -> Reports "Feeds" "" "Unlabelled"
    }

    views {
        container webApp "agents-high-level-architecture" {
            title "High-Level System Architecture"
            include UI State WebSocket Router
            include API Auth Queue Agents Monitor
            include DB Cache Files
            properties {
                "plumbline.seed" "003 High-Level System Architecture"
                "plumbline.direction" "TD"
            }
        }

        dynamic webApp "agents-message-flow" {
            title "Message Flow Architecture"
            Client -> apiService "Send Request"
            apiService -> authService "Validate Token"
            authService -> apiService "Token Valid"
            apiService -> taskQueue "Enqueue Task"
            taskQueue -> Agent "Assign Task"
            Agent -> dataStore "Query Data"
            Agent -> resultCache "Check Cache"
            Agent -> Agent "Process Task"
            Agent -> taskQueue "Return Result"
            taskQueue -> apiService "Format Response"
            apiService -> Client "Send Response"
            properties {
                "plumbline.seed" "003 Message Flow Architecture"
                "plumbline.participants" "Client, apiService, taskQueue, Agent, dataStore, resultCache"
            }
        }

        component Agents "agents-data-flow" {
            title "Data Flow Architecture"
            include Raw Valid Trans
            include dataQueue Logic dataCache
            include dataDb Index Backup
            properties {
                "plumbline.seed" "003 Data Flow Architecture"
                "plumbline.direction" "LR"
            }
        }

        custom "agents-component-interaction" "Component Interaction" {
            include Pages Components Hooks Store
            include Controllers Services Repositories Entities
            include Database infraCache infraQueue
            properties {
                "plumbline.seed" "003 Component Interaction"
                "plumbline.direction" "TB"
            }
        }

        dynamic webApp "agents-authentication-flow" {
            title "Authentication Flow"
            User -> Frontend "Login Request"
            Frontend -> authService "Send Credentials"
            authService -> dataStore "Validate User"
            dataStore -> authService "User Valid"
            authService -> Cache "Store Session"
            authService -> Frontend "Send Tokens"
            Frontend -> User "Login Success"
            properties {
                "plumbline.seed" "003 Authentication Flow"
            }
        }

        custom "agents-error-recovery-flow" "Error Recovery Flow" {
            include Error Classify Retry BackOff Attempt Success MaxRetries Fallback Complete
            properties {
                "plumbline.seed" "003 Error Recovery Flow"
                "plumbline.direction" "TD"
            }
        }

        component Monitor "agents-monitoring-system" {
            title "Monitoring System"
            include Metrics Logs Traces
            include Aggregator Analyzer Tracer
            include TimeDB LogStore TraceDB
            include Dashboard Alerts Reports
            properties {
                "plumbline.seed" "003 Monitoring System"
                "plumbline.direction" "LR"
            }
        }

        deployment * "Delivery" "agents-deployment-architecture" {
            title "Deployment Architecture"
            include Git CI Tests
            include Docker Assets Config
            include LB apiServers Workers productionDb productionCache
            properties {
                "plumbline.seed" "003 Deployment Architecture"
                "plumbline.direction" "TB"
            }
        }

        deployment * "Production" "agents-scaling-architecture" {
            title "Scaling Architecture"
            include nginxLb SSL
            include API1 API2 API3
            include Redis1 Redis2
            include PG1 PG2
            properties {
                "plumbline.seed" "003 Scaling Architecture"
                "plumbline.direction" "TB"
            }
        }

        styles {
            element "Person" {
                shape person
            }
            element "Database" {
                shape cylinder
            }
            element "Queue" {
                shape pipe
            }
            element "External" {
                background #999999
                color #ffffff
            }
            element "Decision" {
                shape diamond
            }
        }
    }
}
