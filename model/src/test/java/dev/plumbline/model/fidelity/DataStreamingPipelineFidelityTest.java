package dev.plumbline.model.fidelity;

import org.junit.jupiter.api.Test;

/** Seed 004 (Data Streaming Pipeline): every diagram's nodes, subgraphs, arrows and messages are in the model. */
class DataStreamingPipelineFidelityTest {

    private static final String WORKSPACE = "plumbline/workspaces/data-streaming-pipeline.dsl";

    @Test
    void system_overview() {
        SeedView.of(WORKSPACE, "pipeline-system-overview")
                .hasTitle("System Overview")
                .hasElements("""
                        API Sources
                        Kafka Producers
                        JSON Files
                        Database
                        Apache Kafka
                        Topics
                        Spark Streaming
                        Spark Batch
                        Airflow
                        PostgreSQL
                        Next.js Frontend
                        Dashboard
                        AWS S3
                        Backups
                        CloudWatch
                        Monitoring
                        ECR
                        Docker Images
                        """)
                .hasRelationships("""
                        API Sources -> Kafka Producers
                        JSON Files -> Kafka Producers
                        Database -> Kafka Producers
                        Kafka Producers -> Apache Kafka
                        Apache Kafka -> Topics
                        Topics -> Spark Streaming
                        Spark Streaming -> Spark Batch
                        Airflow -> Spark Streaming
                        Airflow -> Spark Batch
                        Spark Batch -> PostgreSQL
                        Spark Streaming -> PostgreSQL
                        PostgreSQL -> Next.js Frontend
                        Next.js Frontend -> Dashboard
                        AWS S3 -> Backups
                        CloudWatch -> Monitoring
                        ECR -> Docker Images
                        PostgreSQL -> AWS S3
                        Spark Streaming -> CloudWatch
                        Spark Batch -> CloudWatch
                        """)
                .hasGroups("""
                        Data Sources: API Sources, Kafka Producers, JSON Files, Database
                        Streaming Layer: Apache Kafka, Topics
                        Processing Layer: Spark Streaming, Spark Batch, Airflow
                        Storage Layer: PostgreSQL
                        Visualization Layer: Next.js Frontend, Dashboard
                        Cloud Services: AWS S3, Backups, CloudWatch, Monitoring, ECR, Docker Images
                        """);
    }

    @Test
    void data_flow_diagram() {
        SeedView.of(WORKSPACE, "pipeline-data-flow")
                .hasTitle("Data Flow Diagram")
                .hasElements("""
                        Data Sources
                        Kafka Producers
                        Kafka
                        Spark Streaming
                        Spark Batch
                        PostgreSQL
                        Frontend
                        CloudWatch
                        """)
                .hasParticipantsInOrder("""
                        Data Sources
                        Kafka Producers
                        Kafka
                        Spark Streaming
                        Spark Batch
                        PostgreSQL
                        Frontend
                        CloudWatch
                        """)
                .hasSteps("""
                        Data Sources -> Kafka Producers : Raw Data
                        Kafka Producers -> Kafka : Publish to Topics
                        Kafka -> Spark Streaming : Stream Processing
                        Spark Streaming -> PostgreSQL : Processed Data
                        Kafka -> Spark Batch : Batch Processing
                        Spark Batch -> PostgreSQL : Analytics Results
                        PostgreSQL -> Frontend : Query Data
                        Frontend -> CloudWatch : Metrics
                        Spark Streaming -> CloudWatch : Metrics
                        Spark Batch -> CloudWatch : Metrics
                        """)
                .hasDirectives("");
    }

    @Test
    void infrastructure_architecture() {
        SeedView.of(WORKSPACE, "pipeline-infrastructure-architecture")
                .hasTitle("Infrastructure Architecture")
                .hasElements("""
                        AWS Cloud
                        VPC
                        Public Subnets
                        Application Load Balancer
                        NAT Gateway
                        Private Subnets
                        ECS Cluster
                        Kafka Container
                        Spark Container
                        Airflow Container
                        Frontend Container
                        RDS
                        PostgreSQL
                        Storage
                        S3 Buckets
                        ECR Repositories
                        Monitoring
                        CloudWatch
                        SNS Alerts
                        External
                        GitHub Actions
                        End Users
                        """)
                // The seed's "ECR-->ECS" and "ECS-->CW" name an undeclared node; they mean the ECS Cluster.
                .hasRelationships("""
                        GitHub Actions -> ECR Repositories
                        ECR Repositories -> ECS Cluster
                        End Users -> Application Load Balancer
                        Application Load Balancer -> Frontend Container
                        Kafka Container -> PostgreSQL
                        Spark Container -> PostgreSQL
                        Airflow Container -> PostgreSQL
                        PostgreSQL -> S3 Buckets
                        ECS Cluster -> CloudWatch
                        CloudWatch -> SNS Alerts
                        """);
    }

    @Test
    void component_interaction_diagram() {
        SeedView.of(WORKSPACE, "pipeline-component-interaction")
                .hasTitle("Component Interaction Diagram")
                .hasElements("""
                        API Producer
                        Kafka Topic: raw_data
                        JSON Producer
                        Database Producer
                        Spark Streaming
                        Data Transformation
                        Data Enrichment
                        Kafka Topic: processed_data
                        Spark Batch
                        Data Aggregation
                        Analytics
                        PostgreSQL
                        Next.js API
                        Frontend Dashboard
                        Airflow DAG
                        Backup Job
                        Monitoring Job
                        CloudWatch
                        """)
                .hasRelationships("""
                        API Producer -> Kafka Topic: raw_data
                        JSON Producer -> Kafka Topic: raw_data
                        Database Producer -> Kafka Topic: raw_data
                        Kafka Topic: raw_data -> Spark Streaming
                        Spark Streaming -> Data Transformation
                        Data Transformation -> Data Enrichment
                        Data Enrichment -> Kafka Topic: processed_data
                        Kafka Topic: raw_data -> Spark Batch
                        Spark Batch -> Data Aggregation
                        Data Aggregation -> Analytics
                        Analytics -> PostgreSQL
                        Kafka Topic: processed_data -> PostgreSQL
                        PostgreSQL -> Next.js API
                        Next.js API -> Frontend Dashboard
                        Airflow DAG -> Spark Streaming
                        Airflow DAG -> Spark Batch
                        Airflow DAG -> Backup Job
                        Airflow DAG -> Monitoring Job
                        Monitoring Job -> CloudWatch
                        Spark Streaming -> CloudWatch
                        Spark Batch -> CloudWatch
                        PostgreSQL -> CloudWatch
                        """)
                // Mermaid puts a node in the first subgraph that mentions it.
                .hasGroups("""
                        Data Ingestion: API Producer, Kafka Topic: raw_data, JSON Producer, Database Producer
                        Stream Processing: Spark Streaming, Data Transformation, Data Enrichment, Kafka Topic: processed_data
                        Batch Processing: Spark Batch, Data Aggregation, Analytics, PostgreSQL
                        Data Serving: Next.js API, Frontend Dashboard
                        Orchestration: Airflow DAG, Backup Job, Monitoring Job
                        Monitoring: CloudWatch
                        """);
    }

    @Test
    void deployment_pipeline() {
        SeedView.of(WORKSPACE, "pipeline-deployment-pipeline")
                .hasTitle("Deployment Pipeline")
                .hasElements("""
                        Code Commit
                        Pre-commit Hooks
                        Unit Tests
                        Integration Tests
                        GitHub Actions
                        Build Docker Images
                        Push to ECR
                        Deploy to Staging
                        E2E Tests
                        Deploy to Production
                        Terraform Plan
                        Terraform Apply
                        Create Resources
                        Configure Monitoring
                        Health Checks
                        Alerting
                        Incident Response
                        """)
                .hasRelationships("""
                        Code Commit -> Pre-commit Hooks
                        Pre-commit Hooks -> Unit Tests
                        Unit Tests -> Integration Tests
                        Integration Tests -> GitHub Actions
                        GitHub Actions -> Build Docker Images
                        Build Docker Images -> Push to ECR
                        Push to ECR -> Deploy to Staging
                        Deploy to Staging -> E2E Tests
                        E2E Tests -> Deploy to Production
                        Terraform Plan -> Terraform Apply
                        Terraform Apply -> Create Resources
                        Create Resources -> Configure Monitoring
                        Health Checks -> Alerting
                        Alerting -> Incident Response
                        GitHub Actions -> Terraform Plan
                        Deploy to Production -> Health Checks
                        """)
                .hasGroups("""
                        Development: Code Commit, Pre-commit Hooks, Unit Tests, Integration Tests
                        CI/CD: GitHub Actions, Build Docker Images, Push to ECR, Deploy to Staging, E2E Tests, Deploy to Production
                        Infrastructure: Terraform Plan, Terraform Apply, Create Resources, Configure Monitoring
                        Monitoring: Health Checks, Alerting, Incident Response
                        """);
    }

    @Test
    void security_architecture() {
        SeedView.of(WORKSPACE, "pipeline-security-architecture")
                .hasTitle("Security Architecture")
                .hasElements("""
                        VPC
                        Security Groups
                        NACLs
                        Private Subnets
                        API Gateway
                        Authentication
                        Authorization
                        Rate Limiting
                        Encryption at Rest
                        S3 Encryption
                        RDS Encryption
                        Encryption in Transit
                        TLS/SSL
                        VPN
                        CloudTrail
                        Audit Logs
                        Security Alerts
                        Incident Response
                        """)
                .hasRelationships("""
                        VPC -> Security Groups
                        Security Groups -> NACLs
                        NACLs -> Private Subnets
                        API Gateway -> Authentication
                        Authentication -> Authorization
                        Authorization -> Rate Limiting
                        Encryption at Rest -> S3 Encryption
                        Encryption at Rest -> RDS Encryption
                        Encryption in Transit -> TLS/SSL
                        Encryption in Transit -> VPN
                        CloudTrail -> Audit Logs
                        Audit Logs -> Security Alerts
                        Security Alerts -> Incident Response
                        """)
                .hasGroups("""
                        Network Security: VPC, Security Groups, NACLs, Private Subnets
                        Application Security: API Gateway, Authentication, Authorization, Rate Limiting
                        Data Security: Encryption at Rest, S3 Encryption, RDS Encryption, Encryption in Transit, TLS/SSL, VPN
                        Monitoring Security: CloudTrail, Audit Logs, Security Alerts, Incident Response
                        """);
    }

    @Test
    void scalability_architecture() {
        SeedView.of(WORKSPACE, "pipeline-scalability-architecture")
                .hasTitle("Scalability Architecture")
                .hasElements("""
                        Load Balancer
                        Multiple Instances
                        Auto Scaling Groups
                        Health Checks
                        Kafka Partitions
                        Consumer Groups
                        Spark Workers
                        Database Sharding
                        S3
                        Lifecycle Policies
                        Data Archival
                        Cost Optimization
                        CloudWatch
                        Custom Metrics
                        Auto Scaling Triggers
                        Resource Optimization
                        """)
                .hasRelationships("""
                        Load Balancer -> Multiple Instances
                        Multiple Instances -> Auto Scaling Groups
                        Auto Scaling Groups -> Health Checks
                        Kafka Partitions -> Consumer Groups
                        Consumer Groups -> Spark Workers
                        Spark Workers -> Database Sharding
                        S3 -> Lifecycle Policies
                        Lifecycle Policies -> Data Archival
                        Data Archival -> Cost Optimization
                        CloudWatch -> Custom Metrics
                        Custom Metrics -> Auto Scaling Triggers
                        Auto Scaling Triggers -> Resource Optimization
                        """)
                .hasGroups("""
                        Horizontal Scaling: Load Balancer, Multiple Instances, Auto Scaling Groups, Health Checks
                        Data Scaling: Kafka Partitions, Consumer Groups, Spark Workers, Database Sharding
                        Storage Scaling: S3, Lifecycle Policies, Data Archival, Cost Optimization
                        Monitoring Scaling: CloudWatch, Custom Metrics, Auto Scaling Triggers, Resource Optimization
                        """);
    }

    @Test
    void error_handling_flow() {
        SeedView.of(WORKSPACE, "pipeline-error-handling-flow")
                .hasTitle("Error Handling Flow")
                .hasElements("""
                        Error Occurs
                        Error Type
                        Retry Logic
                        Data Validation
                        System Recovery
                        Exponential Backoff
                        Max Retries Reached?
                        Dead Letter Queue
                        Retry
                        Data Correction
                        Continue Processing
                        Health Check
                        Service Restart
                        Recovery Complete
                        Manual Intervention
                        Error Analysis
                        Fix Implementation
                        """)
                .hasRelationships("""
                        Error Occurs -> Error Type
                        Error Type -> Retry Logic : Network Error
                        Error Type -> Data Validation : Data Error
                        Error Type -> System Recovery : System Error
                        Retry Logic -> Exponential Backoff
                        Exponential Backoff -> Max Retries Reached?
                        Max Retries Reached? -> Dead Letter Queue : Yes
                        Max Retries Reached? -> Retry : No
                        Data Validation -> Data Correction
                        Data Correction -> Continue Processing
                        System Recovery -> Health Check
                        Health Check -> Service Restart
                        Service Restart -> Recovery Complete
                        Dead Letter Queue -> Manual Intervention
                        Manual Intervention -> Error Analysis
                        Error Analysis -> Fix Implementation
                        """)
                .hasGroups("");
    }

    @Test
    void backup_and_recovery_flow() {
        SeedView.of(WORKSPACE, "pipeline-backup-and-recovery-flow")
                .hasTitle("Backup and Recovery Flow")
                .hasElements("""
                        Scheduled Backup
                        Database Snapshot
                        Data Export
                        S3 Upload
                        Verification
                        Recovery Request
                        Backup Selection
                        Data Download
                        Database Restore
                        Data Validation
                        Service Restart
                        Backup Status
                        Success/Failure Alerts
                        Recovery Testing
                        RTO/RPO Metrics
                        """)
                .hasRelationships("""
                        Scheduled Backup -> Database Snapshot
                        Database Snapshot -> Data Export
                        Data Export -> S3 Upload
                        S3 Upload -> Verification
                        Recovery Request -> Backup Selection
                        Backup Selection -> Data Download
                        Data Download -> Database Restore
                        Database Restore -> Data Validation
                        Data Validation -> Service Restart
                        Backup Status -> Success/Failure Alerts
                        Success/Failure Alerts -> Recovery Testing
                        Recovery Testing -> RTO/RPO Metrics
                        """)
                .hasGroups("""
                        Backup Process: Scheduled Backup, Database Snapshot, Data Export, S3 Upload, Verification
                        Recovery Process: Recovery Request, Backup Selection, Data Download, Database Restore, Data Validation, Service Restart
                        Monitoring: Backup Status, Success/Failure Alerts, Recovery Testing, RTO/RPO Metrics
                        """);
    }

    @Test
    void performance_optimization() {
        SeedView.of(WORKSPACE, "pipeline-performance-optimization")
                .hasTitle("Performance Optimization")
                .hasElements("""
                        Data Partitioning
                        Index Optimization
                        Query Optimization
                        Caching Strategy
                        Spark Tuning
                        Memory Management
                        Parallel Processing
                        Resource Allocation
                        Connection Pooling
                        Compression
                        CDN Usage
                        Load Balancing
                        Performance Metrics
                        Bottleneck Analysis
                        Optimization Recommendations
                        Continuous Improvement
                        """)
                .hasRelationships("""
                        Data Partitioning -> Index Optimization
                        Index Optimization -> Query Optimization
                        Query Optimization -> Caching Strategy
                        Spark Tuning -> Memory Management
                        Memory Management -> Parallel Processing
                        Parallel Processing -> Resource Allocation
                        Connection Pooling -> Compression
                        Compression -> CDN Usage
                        CDN Usage -> Load Balancing
                        Performance Metrics -> Bottleneck Analysis
                        Bottleneck Analysis -> Optimization Recommendations
                        Optimization Recommendations -> Continuous Improvement
                        """)
                .hasGroups("""
                        Data Optimization: Data Partitioning, Index Optimization, Query Optimization, Caching Strategy
                        Processing Optimization: Spark Tuning, Memory Management, Parallel Processing, Resource Allocation
                        Network Optimization: Connection Pooling, Compression, CDN Usage, Load Balancing
                        Monitoring Optimization: Performance Metrics, Bottleneck Analysis, Optimization Recommendations, Continuous Improvement
                        """);
    }

    @Test
    void cost_optimization() {
        SeedView.of(WORKSPACE, "pipeline-cost-optimization")
                .hasTitle("Cost Optimization")
                .hasElements("""
                        Right Sizing
                        Auto Scaling
                        Spot Instances
                        Reserved Instances
                        Lifecycle Policies
                        Data Archival
                        Compression
                        Cleanup Jobs
                        Cost Alerts
                        Budget Tracking
                        Cost Analysis
                        Optimization Actions
                        Cost Automation
                        Scheduled Scaling
                        Resource Cleanup
                        Cost Reporting
                        """)
                .hasRelationships("""
                        Right Sizing -> Auto Scaling
                        Auto Scaling -> Spot Instances
                        Spot Instances -> Reserved Instances
                        Lifecycle Policies -> Data Archival
                        Data Archival -> Compression
                        Compression -> Cleanup Jobs
                        Cost Alerts -> Budget Tracking
                        Budget Tracking -> Cost Analysis
                        Cost Analysis -> Optimization Actions
                        Cost Automation -> Scheduled Scaling
                        Scheduled Scaling -> Resource Cleanup
                        Resource Cleanup -> Cost Reporting
                        """)
                .hasGroups("""
                        Resource Optimization: Right Sizing, Auto Scaling, Spot Instances, Reserved Instances
                        Storage Optimization: Lifecycle Policies, Data Archival, Compression, Cleanup Jobs
                        Monitoring Costs: Cost Alerts, Budget Tracking, Cost Analysis, Optimization Actions
                        Automation: Cost Automation, Scheduled Scaling, Resource Cleanup, Cost Reporting
                        """);
    }
}
